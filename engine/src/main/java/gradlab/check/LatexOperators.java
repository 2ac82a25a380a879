package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-part constructs of {@link LatexReader}: fractions (with ∂A/∂B, dA/dB and the operator
 * form d/dx applied to what follows, {@link OperatorReach}) and Σ, Π with concrete bounds,
 * expanded term by term.
 */
final class LatexOperators {
  private static final Pattern NAME = EngineNames.NAME;
  /** i = 1, a primed index y' = 0, a bound an outer index set: j = 2+1 (of Π_{j=i+1}). */
  private static final Pattern LOWER = Pattern.compile(
      "\\s*([A-Za-z]'?)\\s*=\\s*(-?\\d+(?:\\s*[+-]\\s*\\d+)*)\\s*");
  private static final Pattern POWER = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\^\\((\\d+)\\)");
  private static final Pattern INTEGER = Pattern.compile(
      "\\s*\\{?\\s*(-?\\d+(?:\\s*[+-]\\s*\\d+)*)\\s*\\}?\\s*");
  private static final int MOST_TERMS = 50;
  /** {@code y \in \{0, 1\}}: an index over a set of whole numbers written out. */
  private static final Pattern NUMBER_SET = Pattern.compile(
      "\\s*([A-Za-z])\\s*\\\\in\\s*\\\\\\{\\s*(-?\\d+(?:\\s*,\\s*-?\\d+){0,9})\\s*\\\\\\}\\s*");

  private LatexOperators() {}

  static String[] fraction(LatexReader r) {
    LatexCursor c = r.cursor();
    String num = c.rawGroupOrToken().strip();
    String den = c.rawGroupOrToken().strip();
    String prefix = prefix(num, den);
    if (prefix == null) {
      return operand("((" + r.readNested(num) + ")/(" + r.readNested(den) + "))");
    }
    // \partial{C} / \partial{b^l_j}, \partial{z}^l_j: the braces only group the name
    String top = unbraced(num.substring(prefix.length()).strip());
    String below = unbraced(den.substring(prefix.length()).strip());
    if (top.startsWith("^")) {
      return operand(SecondOrderFractions.read(r, prefix, top, below));
    }
    String var = r.readNested(below);
    if (!NAME.matcher(var).matches()) {
      String[] log = LogDerivatives.variable(r, below); // ∂y/∂log π = (∂y/∂π)/(d log π/dπ)
      if (log == null) {
        throw new UnsupportedLatexException("derivatives with respect to " + below);
      }
      return operand(LogDerivatives.divided(derivative(r, top, log[2], log[0]), log));
    }
    return operand(derivative(r, top, below, var));
  }

  /** d/dx … applied, or the derivative of the numerator {@code top} in the variable. */
  private static String derivative(LatexReader r, String top, String below, String var) {
    if (top.isEmpty()) { // d/dx …: the operator applied to the product that follows
      return OperatorReach.derivative(r, var);
    }
    String applied = BareFunctionFractions.applied(r, top, below); // dσ/dz of σ(z) = …
    String t = r.readNested(applied != null ? applied : top);
    Matcher power = POWER.matcher(t);
    if (power.matches()) { // ∂(σ²)/∂x = 2σ ∂σ/∂x: σ's dependence on x is σ's, as for ∂σ/∂x
      int k = Integer.parseInt(power.group(2));
      return "(" + k + "*" + power.group(1) + "^(" + (k - 1) + ")*pd(" + power.group(1)
          + ", " + var + "))";
    }
    return DerivativeAtPoint.evaluated(r, NAME.matcher(t).matches()
        ? "pd(" + t + ", " + var + ")" : "dd(" + t + ", " + var + ")", var);
  }

  /** {b^l_j} → b^l_j, {w^l_{jk}} → w^l_{jk}, {z}^l_j → z^l_j: the group at the start opened. */
  private static String unbraced(String s) {
    int close = s.startsWith("{") ? ClaimForms.closing(s, 0) : -1;
    return close < 0 ? s : (s.substring(1, close) + s.substring(close + 1)).strip();
  }

  /** "\\partial", "d" or "\\mathrm{d}" when both parts start with it as a differential. */
  private static String prefix(String num, String den) {
    for (String p : List.of("\\partial", "\\mathrm{d}", "d")) {
      if (num.startsWith(p) && den.startsWith(p) && differential(num, p)
          && differential(den, p) && den.length() > p.length()) {
        return p;
      }
    }
    return null;
  }

  private static boolean differential(String s, String p) {
    if (s.length() == p.length()) {
      return true;
    }
    char c = s.charAt(p.length());
    return Character.isWhitespace(c) || c == '\\' || c == '{' || c == '(' || c == '^'
        || Character.isLetter(c); // a line break counts as a space: {\partial\n w}
  }

  /** Σ or Π with integer bounds, expanded; symbolic bounds are refused by name. */
  static String bigOperator(LatexReader r, String cmd) {
    String refused = cmd.equals("sum") ? "Σ with symbolic bounds" : "Π with symbolic bounds";
    LatexCursor c = r.cursor();
    c.skipBlanks();
    if (c.peek() == '\\') { // \limits
      c.rawArgument();
    }
    if (c.peek() != '_') {
      throw new UnsupportedLatexException(refused);
    }
    c.advance();
    String lower = c.rawGroupOrToken();
    Matcher set = NUMBER_SET.matcher(lower);
    Matcher low = LOWER.matcher(lower);
    List<Integer> values = new ArrayList<>();
    String index;
    if (set.matches() && c.peek() != '^') { // Σ_{y ∈ {0, 1}}: a Bernoulli variable's values
      index = set.group(1);
      for (String v : set.group(2).split(",")) {
        values.add(Integer.parseInt(v.strip()));
      }
    } else {
      if (!low.matches() || c.peek() != '^') {
        throw new UnsupportedLatexException(refused);
      }
      c.advance();
      Matcher high = INTEGER.matcher(c.rawGroupOrToken());
      if (!high.matches()) {
        throw new UnsupportedLatexException(refused);
      }
      index = low.group(1);
      int to = integer(high.group(1));
      if (to - integer(low.group(2)) + 1 > MOST_TERMS) {
        throw new UnsupportedLatexException(refused.replace("symbolic", "more than "
            + MOST_TERMS + " terms as"));
      }
      for (int v = integer(low.group(2)); v <= to; v++) {
        values.add(v);
      }
    }
    String body = c.restOfSummand();
    if (body.isBlank()) {
      throw new UnsupportedLatexException(refused);
    }
    List<String> terms = new ArrayList<>();
    for (int v : values) {
      terms.add("(" + r.readNested(substitute(body, index, v)) + ")");
    }
    if (terms.isEmpty()) {
      return cmd.equals("sum") ? "0" : "1";
    }
    return "(" + String.join(cmd.equals("sum") ? "+" : "*", terms) + ")";
  }

  /** The body with the index letter replaced by a value, in subscripts and standing alone. */
  static String substitute(String body, String index, int value) {
    Matcher groups = Pattern.compile("_\\{([^{}]*)\\}").matcher(body);
    StringBuilder b = new StringBuilder();
    while (groups.find()) {
      String sub = groups.group(1);
      // w_{ij} → w_{1j}; in a note with commands (an underbrace's _{=σ^2}) only a letter
      // that stands alone, never one inside a command
      String set = sub.contains("\\") ? sub.replaceAll("(?<![A-Za-z\\\\])" + index
          + "(?![A-Za-z])", String.valueOf(value)) : sub.replace(index, String.valueOf(value));
      groups.appendReplacement(b, Matcher.quoteReplacement("_{" + set + "}"));
    }
    groups.appendTail(b);
    // β^i → β^{+0}: a bracketed superscript β^{(0)} is read as the 0-th member of a family;
    // x^{(i)} → x^{(1)}, the example's index kept in its brackets (it became x^{({(1)})}, held36)
    return b.toString().replaceAll("\\^\\s*\\{\\s*([(\\[])\\s*" + index
            + "\\s*([)\\]])\\s*\\}", "^{$1" + value + "$2}")
        .replaceAll("_" + index + "(?![A-Za-z])", "_{" + value + "}")
        .replaceAll("\\^\\s*(?:" + index + "(?![A-Za-z])|\\{\\s*" + index + "\\s*\\})",
            "^{" + (value == 0 ? "+0" : value) + "}") // β^i at i = 0: a power, never β⁰ the
        // initial iterate (ZeroSuperscripts reads a written 0 only)
        .replaceAll("(?<![A-Za-z\\\\])" + index + "(?![A-Za-z])", "{(" + value + ")}");
  }

  /** The value of an integer bound with + and − (2+1 → 3). */
  private static int integer(String bound) {
    Matcher m = Pattern.compile("([+-]?)\\s*(\\d+)").matcher(bound.strip());
    int v = 0;
    while (m.find()) {
      v += m.group(1).equals("-") ? -Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
    }
    return v;
  }

  private static String[] operand(String s) {
    return new String[] {s, "operand"};
  }
}
