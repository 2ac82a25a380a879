package gradlab.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits input into tokens. Names: a letter, then letters, digits, {@code _}, subscript digits
 * and primes; {@code z₃}, {@code z_3} and {@code z_{3}} are all {@code z3}, {@code n_in} stays
 * one name, Greek letters become their names (η → eta, σ → sigma). Superscript digits (x²) are
 * exponents. Unicode operators · × − ≤ ≥ ≠ → √ are read as their ASCII forms.
 */
final class Lexer {
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final String[] OPERATORS = {":=", "==", "!=", "<=", ">=", "->", "/.", "**",
      "+", "-", "*", "/", "^", "=", "<", ">", "(", ")", "{", "}", "[", "]", ",", ";"};

  private Lexer() {}

  static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length()
          && Character.isDigit(s.charAt(i + 1))) {
        i = number(s, i, out);
      } else if (SUPERSCRIPTS.indexOf(c) >= 0 || c == '⁻') {
        int start = i;
        StringBuilder b = new StringBuilder();
        while (i < s.length() && (SUPERSCRIPTS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '⁻')) {
          char d = s.charAt(i++);
          b.append(d == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(d)));
        }
        out.add(new Token(Token.Kind.SUPERSCRIPT, b.toString(), start));
      } else if (c == 'π') {
        out.add(new Token(Token.Kind.NAME, "pi", i++));
      } else if (Character.isLetter(c)) {
        i = name(s, i, out);
      } else {
        String op = unicodeOperator(c);
        if (op != null) {
          out.add(new Token(Token.Kind.OPERATOR, op, i++));
          continue;
        }
        String matched = null;
        for (String o : OPERATORS) {
          if (s.startsWith(o, i)) {
            matched = o;
            break;
          }
        }
        if (matched == null) {
          throw new ParseException("unexpected character '" + c + "'", i,
              c == '_' ? "a name starts with a letter (n_in, z_3)"
                  : c == '|' ? "write abs(x) for |x|"
                  : c == '!' ? "n! (factorial) is not part of the math language"
                  : c == '.' && afterList(out) ? "the matrix product is dot(A, B) (NumPy's "
                      + "A @ B); '.' is not an operator here"
                  : c == '.' ? "a function is called by its name alone: exp(1), not math.exp(1)"
                  : c == '\\' ? "LaTeX is read by `gradlab check`; here write e.g. diff(sigma(x), x)"
                  : "use + − * / ^ ( ) { } , and names");
        }
        out.add(new Token(Token.Kind.OPERATOR, matched.equals("**") ? "^" : matched, i));
        i += matched.length();
      }
    }
    out.add(new Token(Token.Kind.END, "", s.length()));
    return out;
  }

  private static boolean afterList(List<Token> before) {
    return !before.isEmpty() && before.get(before.size() - 1).is("}");
  }

  private static String unicodeOperator(char c) {
    return switch (c) {
      case '·', '×', '⋅' -> "*";
      case '∂' -> "∂";
      case '−', '–' -> "-";
      case '÷' -> "/";
      case '≤' -> "<=";
      case '≥' -> ">=";
      case '≠' -> "!=";
      case '→' -> "->";
      case '√' -> "√";
      default -> null;
    };
  }

  private static int number(String s, int i, List<Token> out) {
    int start = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '.' && !(i + 1 < s.length() && s.charAt(i + 1) == '/')) {
      i++;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
        j++;
      }
      if (j < s.length() && Character.isDigit(s.charAt(j))) {
        i = j;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
    }
    out.add(new Token(Token.Kind.NUMBER, s.substring(start, i), start));
    return i;
  }

  private static int name(String s, int i, List<Token> out) {
    int start = i;
    StringBuilder b = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '_' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) {
          throw new ParseException("unclosed subscript", i, "write z_{12} or z12");
        }
        if (s.substring(i + 2, close).contains("=")) { // sum_{i=1}^{10} i printed {i·sum_i=1¹⁰}
          throw new ParseException("a subscript with '=' is a range, not part of a name", i,
              "write a sum as sum(f, i, 1, n)");
        }
        b.append('_').append(s, i + 2, close);
        i = close + 1;
      } else if (Character.isLetterOrDigit(c) && c != 'π' || c == '_') {
        String greek = Greek.fromUnicode(String.valueOf(c));
        b.append(c == 'σ' ? "sigma" : greek != null ? greek : String.valueOf(c));
        i++;
      } else if (SUBSCRIPTS.indexOf(c) >= 0) {
        b.append((char) ('0' + SUBSCRIPTS.indexOf(c)));
        i++;
      } else {
        break;
      }
    }
    // ’ is a prime too: a word processor turns σ'(z) into σ’(z)
    while (i < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '′' || s.charAt(i) == '″'
        || s.charAt(i) == '’')) {
      b.append(s.charAt(i) == '″' ? "''" : "'");
      i++;
    }
    String name = b.toString();
    // z_3 and w_12 are z3 and w12 (indexed names); n_in stays one name with subscript "in"
    name = name.replaceAll("^([^_]+)_(\\d+)('*)$", "$1$2$3");
    out.add(new Token(Token.Kind.NAME, name, start));
    return i;
  }
}
