package gradlab.lab;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Symbols;
import gradlab.symbolic.MathSyntaxException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input that parses, but not as its writer meant: {@code d/dx x^2} (the product d·x²/dx),
 * {@code dL/dw} (a quotient of two undefined names), {@code derivative of sigmoid(x)} (a
 * product of words). Each is an error with what to write, never a silent product.
 */
final class MisreadInput {
  /** English words that are never names of a formula typed here. */
  private static final Set<String> PROSE = Set.of("of", "the", "derivative", "wrt", "respect",
      "evaluate", "compute", "find", "what", "partial", "integral", "gradient", "hessian",
      "with", "at");
  private static final Pattern QUOTIENT = Pattern.compile(
      "(?<![\\p{L}\\d_])[d∂]([\\p{L}][\\p{L}\\d_]*)\\s*/\\s*[d∂]([\\p{L}][\\p{L}\\d_]*)");

  /** a/b c: a divisor followed at once by another factor (1/2x), read (a/b)·c. */
  private static final Pattern DIVISOR_THEN_FACTOR = Pattern.compile(
      "/\\s*(\\d++(?:\\.\\d++)?+|[\\p{L}][\\p{L}\\d_]*+(?!\\s*\\())(\\s*)(?=[\\p{L}(√])");

  /** A standalone d and a slash at the end of the text before a divisor: d/dx. */
  private static final Pattern LEIBNIZ_OPERATOR = Pattern.compile(
      "(?<![\\p{L}\\d_])d\\s*/\\s*d[\\p{L}][\\p{L}\\d_]*$");

  private MisreadInput() {}

  /**
   * The note for a/b c (1/2x), which this language reads as (a/b)·c, as Mathematica and
   * Wolfram|Alpha do, while many write it for a/(b·c); null when there is none.
   */
  static String divisionNote(String statement) {
    Matcher m = DIVISOR_THEN_FACTOR.matcher(statement);
    boolean found;
    do { // d/dx f is the derivative operator, no quotient
      found = m.find();
    } while (found && LEIBNIZ_OPERATOR.matcher(statement.substring(0, m.start() + 1)
        + m.group(1)).find() && m.group(1).startsWith("d"));
    if (!found) {
      return null;
    }
    String divisor = m.group(1);
    int next = m.end();
    int end = next;
    while (end < statement.length() && (Character.isLetterOrDigit(statement.charAt(end))
        || statement.charAt(end) == '_')) {
      end++;
    }
    String factor = statement.substring(next, Math.max(end, next + 1));
    return "read …/" + divisor + m.group(2) + factor + " as (…/" + divisor + ")·" + factor
        + "; for …/(" + divisor + "·" + factor + ") write the brackets";
  }

  /** Throws when {@code e}, read from {@code statement}, is one of the misreadings above. */
  static void refuse(Expression e, String statement, Environment env) {
    Set<String> names = Symbols.of(e);
    leibniz(names, statement);
    Matcher q = QUOTIENT.matcher(statement);
    while (q.find()) {
      String top = statement.substring(q.start(), q.start() + 1) + q.group(1);
      String bottom = q.group().substring(q.group().lastIndexOf('/') + 1).strip();
      if (names.contains(top) && names.contains(bottom) && !env.defines(top)
          && !env.defines(bottom)) {
        throw new MathSyntaxException(statement.strip(), q.start(), q.group() + " reads as a "
            + "quotient of two names " + top + " and " + bottom + ", not as a derivative",
            "write diff(" + q.group(1) + ", " + q.group(2) + ")");
      }
    }
    long words = names.stream().filter(PROSE::contains).count();
    if (words > 0 && names.size() > words) {
      String word = names.stream().filter(PROSE::contains).findFirst().orElseThrow();
      throw new MathSyntaxException(statement.strip(), 0, "'" + word + "' reads as a name "
          + "multiplied with the rest: the math language has no words",
          "write a command, e.g. diff(sigma(x), x), gradient(f, {x, y}), integrate(f, x)");
    }
  }

  /** d/dx f parses as the product d·f/dx. */
  private static void leibniz(Set<String> names, String statement) {
    if (!names.contains("d") && !names.contains("∂")) {
      return;
    }
    for (String n : names) {
      if (n.length() >= 2 && (n.startsWith("d") || n.startsWith("∂"))
          && Character.isLetter(n.charAt(1))) {
        String v = n.substring(1);
        throw new MathSyntaxException(statement.strip(), 0, "d/d" + v + " reads as the product"
            + " of d and 1/d" + v + ", not as a derivative", "write diff(f, " + v + ")");
      }
    }
  }
}
