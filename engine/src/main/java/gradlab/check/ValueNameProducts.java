package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name before a bracket that the same line uses as a value: {@code a(1-a)} next to
 * {@code -y/a}, {@code s(1 − s)}, {@code η(dC0/dw + (λ/n)w)} next to {@code η dC/dw}. A person
 * reads these as products at once; read as the function a applied to (1−a), a true identity was
 * ✗ "for a(x) = x² + 1" (found by a TA). Only a name that is no function of the text nor of the
 * catalogue, and that stands alone elsewhere on the line or inside its own bracket, is taken as
 * a factor; the bracket gets an explicit "·" so the engine reads the product. A number before
 * the name is its coefficient: a student's 2a(b² − 1) beside a² was "no numeric value", so a
 * wrong sign inside the bracket was never located.
 */
final class ValueNameProducts {
  /** A name before a bracket, perhaps after a number that is its coefficient (2a(b² + 1)). */
  private static final Pattern CALL = Pattern.compile("(?:(?<![\\p{L}\\p{N}_'′^.])\\d+"
      + "(?:\\.\\d+)?|(?<![\\p{L}\\p{N}_'′]))(\\p{L}[\\p{L}\\p{N}_]*)(\\s*)\\(");
  private static final Set<String> CATALOGUE = Set.of("sin", "cos", "tan", "tanh", "sinh",
      "cosh", "arctan", "exp", "log", "ln", "sqrt", "abs", "max", "min", "sum", "sigma",
      "sigmoid", "relu", "softplus", "softmax", "diff", "dd", "pd", "E", "erf", "H", "var",
      "cov", "det", "tr", "mean", "floor", "ceil", "sign", "sgn", "σ", "Σ", "Φ", "φ", "ϕ", "pi");

  private ValueNameProducts() {}

  /** {@code s} with such brackets made products; unchanged where there is none. */
  static String rewrite(String s, java.util.function.Predicate<String> function) {
    Matcher m = CALL.matcher(s);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String name = m.group(1);
      if (CATALOGUE.contains(name) || CATALOGUE.contains(name.toLowerCase(java.util.Locale.ROOT))
          || function.test(name) || !(standsAlone(s, name) || insideItsBracket(s, m.end(), name))) {
        continue;
      }
      b.append(s, last, m.start(2)).append('·');
      last = m.end(2);
    }
    return last == 0 ? s : b.append(s.substring(last)).toString();
  }

  /** Whether {@code name} occurs on the line as a value: not before a bracket or a prime. */
  private static boolean standsAlone(String s, String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name)
        + "(?![\\p{L}\\p{N}_'′]|\\s*\\()").matcher(s).find();
  }

  /** Whether the bracket opened before {@code from} holds {@code name} as a value. */
  private static boolean insideItsBracket(String s, int from, String name) {
    int depth = 1;
    int k = from;
    while (k < s.length() && depth > 0) {
      char c = s.charAt(k);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      k++;
    }
    return standsAlone(s.substring(from, Math.max(from, k - 1)), name);
  }
}
