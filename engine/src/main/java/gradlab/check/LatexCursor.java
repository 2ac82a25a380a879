package gradlab.check;

import java.util.List;

/**
 * A position in one LaTeX formula and the raw scanning the reader needs: characters, braced
 * groups, command words, spacing commands, the rest of a term. Knows nothing of meaning. Not
 * thread-safe; one per formula.
 */
final class LatexCursor {
  private static final List<String> SPACING = List.of("\\left", "\\bigl", "\\bigr", "\\Bigl",
      "\\Bigr", "\\big", "\\Big", "\\,", "\\!", "\\;");

  /** Font commands whose argument is the text itself in a subscript: \mathcal{B}, \text{in}. */
  private static final List<String> FONTS = List.of("mathcal", "mathrm", "mathbf", "mathit",
      "text", "textrm", "rm", "bm", "boldsymbol", "operatorname", "mathsf");

  private final String s;
  private int i;

  LatexCursor(String s) {
    this.s = s;
  }

  boolean atEnd() {
    return i >= s.length();
  }

  /** The current character, or {@code '\0'} at the end. */
  char peek() {
    return peek(0);
  }

  char peek(int ahead) {
    return i + ahead < s.length() ? s.charAt(i + ahead) : '\0';
  }

  boolean startsWith(String prefix) {
    return s.startsWith(prefix, i);
  }

  /** Whether the text here is the command {@code \name} (not a longer command). */
  boolean atCommand(String name) {
    return s.startsWith("\\" + name, i) && !Character.isLetter(peek(name.length() + 1));
  }

  void advance() {
    i++;
  }

  void advance(int n) {
    i += n;
  }

  int position() {
    return i;
  }

  void reset(int position) {
    i = position;
  }

  String between(int from, int to) {
    return s.substring(from, to);
  }

  /** Whether the bracket that opens here holds a comma at its own level: f(w, x). */
  boolean bracketHoldsComma() {
    int depth = 0;
    for (int k = i; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '(' || ch == '{' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '}' || ch == ']') {
        if (--depth == 0) {
          return false;
        }
      } else if (ch == ',' && depth == 1) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code text} next occurs from here, or −1. */
  int find(String text) {
    return s.indexOf(text, i);
  }

  /** The text from here to the end. */
  String rest() {
    return s.substring(Math.min(i, s.length()));
  }

  /** The inside of the bracket that opens here ((…), […] or {…}), which is then passed. */
  String rawBracket() {
    int start = i;
    int close = TopLevel.closing(s, start, "([{", ")]}");
    i = close < 0 ? Math.max(i, s.length()) : close + 1;
    if (close < 0) {
      throw new UnsupportedLatexException("a bracket that is not closed");
    }
    return s.substring(start + 1, close);
  }

  /** Skips plain spaces. */
  void skipBlanks() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
  }

  /** Skips spaces and sizing or spacing commands ({@code \left}, {@code \big}, {@code \,}). */
  void skipSpacing() {
    while (i < s.length()) {
      if (s.charAt(i) == ' ') {
        i++;
        continue;
      }
      boolean skipped = false;
      for (String w : SPACING) {
        if (s.startsWith(w, i) && (w.length() == 2 || i + w.length() >= s.length()
            || !Character.isLetter(s.charAt(i + w.length())))) {
          i += w.length();
          skipped = true;
          break;
        }
      }
      if (!skipped) {
        return;
      }
    }
  }

  /**
   * Digits and points from here: a decimal as written. Code's scientific notation, 1e-3 or 5.0E-4
   * written without spaces, is one number, 1·10⁻³ (never 1·e − 3: a new user's η = 1e-3 made
   * η·10 = 1e-2 ✗).
   */
  String number() {
    int start = i;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    String mantissa = s.substring(start, i);
    int j = i;
    if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      j++;
      if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
        j++;
      }
      int digits = j;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j > digits && !(j < s.length() && Character.isLetter(s.charAt(j)))) {
        String exponent = s.substring(i + 1, j);
        i = j;
        return "(" + mantissa + "*10^(" + exponent + "))";
      }
    }
    return mantissa;
  }

  /** Letters from here (a command's word after its backslash). */
  String letters() {
    int start = i;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i);
  }

  /** The next argument as raw text: a braced group without backslashes, a command word or one character. */
  String rawArgument() {
    skipBlanks(); // as TeX does before an argument: \hat y is \hat{y}, never \hat{ } y
    if (peek() == '{') { // n_{\text{in}} → in
      return rawGroup().replaceAll("\\\\(text|textrm|mathrm|rm|mathit|operatorname)\\s*", "")
          .replace("\\", "");
    }
    if (peek() == '\\') {
      i++;
      String command = letters();
      if (FONTS.contains(command) && peek() == '{') {
        return rawArgument(); // \mu_\mathcal{B} → B
      }
      return command;
    }
    return i < s.length() ? String.valueOf(s.charAt(i++)) : "";
  }

  /** The text inside the next braced group, which must come next (after spaces). */
  String rawGroup() {
    skipBlanks();
    if (i >= s.length() || s.charAt(i) != '{') {
      throw new UnsupportedLatexException("expected '{' at column " + i);
    }
    int depth = 0;
    int start = i;
    do {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}') {
        depth--;
      }
      i++;
    } while (i < s.length() && depth > 0);
    if (depth != 0) {
      throw new UnsupportedLatexException("unbalanced braces");
    }
    return s.substring(start + 1, i - 1);
  }

  /** A braced group's text, or the next token: a command ({@code \theta}) or one character. */
  String rawGroupOrToken() {
    skipBlanks();
    if (i >= s.length()) {
      throw new UnsupportedLatexException("an argument missing at the end");
    }
    if (s.charAt(i) == '\\' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
      int start = i++; // a command is one token: ∇_\theta J, not ∇_\ then "theta J"
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      return s.substring(start, i);
    }
    return s.charAt(i) == '{' ? rawGroup() : String.valueOf(s.charAt(i++));
  }

  /**
   * The summand of a Σ or Π whose operator was just read: {@link #restOfTerm()}, with a sign
   * that opens it ({@code \sum_{i=1}^{m} -2(x_i - \mu)}, the batch-norm paper's ∂ℓ/∂μ_B: the
   * sign had ended an empty summand, and the step was "cannot read").
   */
  String restOfSummand() {
    int start = i; // blanks before it are kept, as restOfTerm keeps them
    skipBlanks();
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    if (restOfTerm().isBlank()) {
      i = start; // a sign alone, or nothing: read as before
      return restOfTerm();
    }
    return s.substring(start, i);
  }

  /** The rest of the current term: up to a top-level + or −, a closing bracket or the end. */
  String restOfTerm() {
    int depth = 0;
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (c == '+' || c == '-')) {
        break;
      } else if (depth == 0 && s.startsWith("\\right", i)) {
        break;
      }
      i++;
    }
    return s.substring(start, i);
  }
}
