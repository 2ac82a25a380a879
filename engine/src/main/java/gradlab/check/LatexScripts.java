package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names with their subscripts, layer superscripts and decorations: {@code x_1} → x1,
 * {@code h_{1in}} → h1in, {@code a^{L}} → aL, {@code w^l_{jk}} → wljk, {@code w^+} → wplus,
 * {@code h'_1} → hprime1. A bare layer superscript ({@code a^L}, {@code z^{l-1}}) may also be a
 * power: the reader names the ambiguity and reads it as {@link LatexReading} says; a bracketed
 * one ({@code a^{(l)}}, {@code a^{[l]}}) is an index only. Also what a name just read is: a
 * variable, a function applied (f(w, x), a function the text defines) or, for a function-like
 * letter before a bracket, a product or an application.
 */
final class LatexScripts {
  /** Letters that name functions often enough that f(x) may be an application. */
  static final Set<String> FUNCTION_LETTERS = Set.of("f", "g", "h", "p", "q", "s", "F",
      "G", "J", "L", "P", "ell", "phi", "psi", "capphi", "cappsi", "capgamma");

  /**
   * A bracket that holds one number: R(0), Q(1), V(2.5). Nobody multiplies a name by a bare
   * number in brackets, so any name before it may be a function's value: "rewards R(1) = 3 and
   * R(0) = 1" was read R·0 = 1 and refuted in a correct file (held20).
   */
  private static final Pattern NUMBER_ARGUMENT =
      Pattern.compile("\\(\\s*-?\\d+(\\.\\d+)?\\s*\\)");

  /**
   * A bracketed superscript that is not a layer: x^{(i)}, y^{(t)}, W^{[2]}.
   */
  private static final Pattern GENERAL_INDEX = Pattern.compile(
      "\\(\\s*[A-Za-z0-9]{1,3}\\s*\\)|\\[\\s*[A-Za-z0-9]{1,3}\\s*\\]");

  /**
   * A step of a sequence on a Latin letter, h^{(t+1)}, x^{(t-1)}, \hat{y}^{(t+1)} (Goodfellow's
   * and d2l's time index, never a power); on a Greek letter (β^{(t-1)}, a rate) it stays a power.
   */
  private static final Pattern TIME_STEP = Pattern.compile(
      "\\(\\s*[A-Za-z]\\s*[+-]\\s*[0-9]\\s*\\)");
  private static final Pattern LATIN_BASE = Pattern.compile("[A-Za-z](hat|tilde|bar)?");
  /** w_7^{new}, θ^{\\text{old}}: a word that labels a value, never a power of letters. */
  private static final Pattern LABEL_WORD = Pattern.compile("\\(?\\s*(?:\\\\(?:text|mathrm|rm|"
      + "textrm|operatorname)\\s*\\{\\s*)?(new|old|next|prev|updated|init|final|opt|best|true|pred)"
      + "\\s*\\}?\\s*\\)?");
  /**
   * A superscript that is one word in a text font, bracketed or not, as written:
   * {@code w^{(\text{new})}}, {@code W^{\mathrm{out}}}. A label, never a power: no text raises a
   * name to a word. (The cursor strips the font before {@link #LABEL_WORD} sees the script.)
   */
  private static final Pattern TEXT_WORD = Pattern.compile("\\{?\\s*\\(?\\s*\\\\(?:text|textrm|"
      + "mathrm|rm|operatorname)\\s*\\{\\s*([A-Za-z]{2,})\\s*\\}\\s*\\)?\\s*\\}?");

  /** A label before a subscript: a Greek letter, letters, or a shifted index (L-2, l+2). */
  private static final Pattern SCRIPT_LABEL = Pattern.compile(
      "\\\\[A-Za-z]+|[A-Za-z]+|[A-Za-z]\\s*[+-]\\s*\\d");

  private LatexScripts() {}

  /** The name that starts with {@code base}, with what follows it at the cursor. */
  static String name(LatexReader r, String base) {
    return name(r, base, false);
  }

  /** As {@link #name(LatexReader, String)}, for a bold vector's base ({@link VectorSuperscripts}). */
  static String name(LatexReader r, String base, boolean vector) {
    LatexCursor c = r.cursor();
    StringBuilder b = new StringBuilder(base);
    List<String[]> scripts = new ArrayList<>(); // as written, for reports (ShownNames)
    if (c.peek() == '\'' && c.peek(1) == '_') {
      b.append("prime"); // h'_1: the updated h₁, a name of its own
      scripts.add(new String[] {"", "′"});
      c.advance();
    }
    if (base.length() == 1 && Character.isDigit(c.peek()) && c.peek() != '0') {
      // w1, x2 typed without _: w₁, never w·1 (a new user's dL/dw1 = 2 w1 was ✗); but a
      // letter after the digits is a product, Parr and Howard's x2x = x·2x
      int save = c.position();
      String digits = c.number();
      if (digits.contains(".") || Character.isLetter(c.peek()) || c.peek() == '\\') {
        c.reset(save);
      } else {
        b.append(subscript(digits));
        scripts.add(new String[] {"_", digits});
      }
    }
    while (!c.atEnd()) {
      if (c.peek() == '_') {
        c.advance();
        String raw = c.rawArgument();
        b.append(subscript(raw));
        scripts.add(new String[] {"_", shownScript(raw)});
      } else if (c.startsWith("^+") || c.startsWith("^{+}")) {
        c.advance(c.startsWith("^+") ? 2 : 4);
        b.append("plus"); // w^+: the updated w, a name of its own
        scripts.add(new String[] {"^", "+"});
      } else if (c.peek() == '^' && c.peek(1) != '*') {
        int save = c.position();
        c.advance();
        int start = c.position();
        String sup = c.rawArgument();
        java.util.regex.Matcher word = TEXT_WORD.matcher(c.between(start, c.position()).strip());
        if (word.matches()) {
          b.append("sup").append(word.group(1)); // w^{(\text{new})}: the updated w, a name
          scripts.add(new String[] {"^", word.group(1)});
          continue;
        }
        if (sup.replaceAll("[{}\\s]|mathsf", "").equals("T") || sup.contains("top")
            || sup.contains("intercal")) { // ^{\mathrm{T}} came as "{T}": a power of a name T
          throw new UnsupportedLatexException("transposes (vectors and matrices are not read)");
        }
        java.util.regex.Matcher label = LABEL_WORD.matcher(sup.strip());
        if (label.matches()) {
          b.append("sup").append(label.group(1)); // w_7^{new}: the updated w₇, a name
          scripts.add(new String[] {"^", label.group(1)});
          continue;
        }
        String index = LatexNames.layerIndex(sup);
        if (VectorSuperscripts.index(base, sup, vector)) { // \mathbf{x}^t: no power of a vector
          b.append("sup").append(subscript(sup));
          scripts.add(new String[] {"^", shownScript(sup)});
          continue;
        }
        if (index == null && (GENERAL_INDEX.matcher(sup.strip()).matches()
            || TIME_STEP.matcher(sup.strip()).matches() && LATIN_BASE.matcher(base).matches())) {
          if (FUNCTION_LETTERS.contains(base) && c.peek() == '(') {
            throw new UnsupportedLatexException(base + "^{" + sup + "}(…): an n-th derivative "
                + "or an indexed function");
          }
          b.append("sup").append(subscript(sup)); // x^{(i)}: the i-th example, never a power
          scripts.add(new String[] {"^", shownScript(sup)});
          continue;
        }
        if (index == null && c.peek() == '_' && SCRIPT_LABEL.matcher(sup.strip()).matches()) {
          // Bishop's a^{\pi}_k, a^{L-2}_p: a name by default; the power (a_k)^π is the other
          // reading, which ScriptOrder.forReading writes as a_k^π
          r.ambiguity(base + "^" + sup.strip() + " before a subscript as an index or a power");
          b.append("sup").append(subscript(sup));
          scripts.add(new String[] {"^", shownScript(sup)});
          continue;
        }
        if (index == null && ZeroSuperscripts.mayIndex(base, sup)) { // β^0: an initial iterate
          r.ambiguity(base + "^0 as an initial value's index or a power");
          if (r.reading().superscriptAsPower()) {
            c.reset(save);
            break;
          }
          b.append("sup0");
          scripts.add(new String[] {"^", "0"});
          continue;
        }
        if (index == null || (!LatexNames.bracketed(sup) && r.reading().superscriptAsPower())) {
          if (index != null) {
            r.ambiguity(base + "^" + sup + " as a layer index or a power");
          }
          c.reset(save);
          break;
        }
        if (!LatexNames.bracketed(sup)) {
          r.ambiguity(base + "^" + sup + " as a layer index or a power");
        }
        b.append(index);
        scripts.add(new String[] {"^", shownScript(sup)});
      } else {
        break;
      }
    }
    if (!scripts.isEmpty()) {
      String conditional = ConditionalProbabilities.readable(LatexNames.safe(b.toString()));
      r.shownName(LatexNames.safe(b.toString()), conditional != null ? conditional // p(y | x)
          : ShownNames.shown(base, scripts));
    }
    return b.toString();
  }

  /**
   * A script as it is shown: {@code \text{in}} → in, {@code \mathcal{B}} → B,
   * {@code \theta} → θ.
   */
  static String shownScript(String raw) {
    String s = raw.replaceAll("\\\\(?:text|textrm|mathrm|mathcal|mathbf|mathit|rm|bm|"
        + "boldsymbol|operatorname|mathsf)\\b", "");
    var greek = java.util.regex.Pattern.compile("\\\\([A-Za-z]+)").matcher(s);
    s = greek.replaceAll(m -> LatexNames.GREEK.contains(m.group(1))
        ? LatexNames.readable(LatexNames.greek(m.group(1))) : "");
    return s.replaceAll("[{}\\s,;~]", "");
  }

  /**
   * A subscript's text as part of a name: {@code t-1} → tm1, {@code \text{in}} → in; a bold
   * letter is its letter, {@code p_{\boldsymbol{\theta}}} → ptheta as {@code p_{\theta}} (Kingma
   * and Welling's p_θ had been a function "pboldsymboltheta").
   */
  static String subscript(String raw) {
    return raw.replaceAll("(?<![A-Za-z])\\\\?(?:boldsymbol|mathbf|bm|vec)(?=\\s*\\{)", "")
        .replace("-", "m").replace("+", "p").replaceAll("[^A-Za-z0-9]", "");
  }

  /**
   * The letter of a name written with a script, f for {@code f_i} (fᵢ) or {@code g_{jk}}, where
   * the engine name (fi) no longer shows where the letter ends; "" for a name without scripts.
   * Parr &amp; Howard's {@code f_i(w_i) + g_i(x_i) = w_i + x_i} was read as fᵢ·wᵢ + gᵢ·xᵢ only.
   */
  private static String scriptedLetter(LatexReader r, String n) {
    String shown = r.shownNames().get(LatexNames.safe(n));
    if (shown == null) {
      return "";
    }
    String letter = shown.replaceFirst("(?s)[^A-Za-z].*$", "");
    return letter.length() < shown.length() ? letter : "";
  }

  /** A name just read: a variable, or a function applied, or refused. */
  static String[] named(LatexReader r, String n) {
    LatexCursor c = r.cursor();
    LatexReading reading = r.reading();
    char next = c.peek();
    if (reading.functions().contains(n) && (next == '(' || next == '\'')) {
      return LatexReader.operand(LatexFunctionApplication.apply(r, n));
    }
    if (next == '\'' && c.peek(1) == '(' && PrimedFunctionHeads.defined(reading, n)) {
      c.advance(); // q'(k) after the text's q'(k) = …: the function q′ of its own
      return LatexReader.operand(LatexFunctionApplication.apply(r, LatexNames.safe(n + "prime")));
    }
    String generic = next == '\'' && c.peek(1) == '(' ? GenericFunctionDerivatives.primed(r, n)
        : null; // g'(x) h(x) + g(x) h'(x) of a g the text never defines
    if (generic != null) {
      return LatexReader.operand(generic);
    }
    if (next == '\'' && c.peek(1) == '(') {
      throw new UnsupportedLatexException(LatexNames.shownPrimed(n)
          + "′(…) of a function the text does not define");
    }
    if (next == '\'') {
      c.advance();
      return LatexReader.operand(LatexNames.safe(n + "prime"));
    }
    if (next == '[' && n.equals("E")) {
      return LatexReader.operand(LatexStatistics.apply(r, "E"));
    }
    if (next == '[' && n.equals("P")) {
      throw new UnsupportedLatexException("probabilities P[…]");
    }
    if (next == '(' && c.bracketHoldsComma()) { // f(w, x): no product reading
      return LatexReader.operand(LatexFunctionApplication.apply(r, LatexNames.safe(n)));
    }
    String base = n.replaceAll("\\d.*|(?<=.)[A-Z].*", "");
    if (next == '(' && !reading.variables().contains(LatexNames.safe(n))
        && !SelfProducts.holdsItself(n, c.rest()) // p(1 - p): a product
        && (FUNCTION_LETTERS.contains(base) || FUNCTION_LETTERS.contains(n)
        || FUNCTION_LETTERS.contains(scriptedLetter(r, n))
        || NUMBER_ARGUMENT.matcher(c.rest()).lookingAt())) {
      String shown = LatexNames.readable(n); // Φ, not the engine's capphi
      r.ambiguity(shown + "(…) as a product or as " + shown + " applied");
      if (reading.juxtapositionAsApplication()) {
        return LatexReader.operand(LatexFunctionApplication.apply(r, LatexNames.safe(n)));
      }
    }
    return LatexReader.operand(LatexNames.safe(n));
  }
}
