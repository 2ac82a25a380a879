package gradlab.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function letter the text names in words as an activation it knows: "let $g$ denote the
 * logistic sigmoid function", "$h$ is the tanh function", "the softplus function $s$". The
 * step "$\frac{d}{dz} \log g(z) = 1 - g(z)$", true of the sigmoid, was refuted at g = 1.76 with
 * g(z) read as g times z (and, once g was read as a function, by the instance g(x) = x² + 1).
 * The letter is bound to that function at the line that names it, as {@link GreekFunctionNames}
 * binds "$\Phi$ is the standard normal CDF". Only the noun "function" counts ("$a$ is the sigmoid
 * activation" names a value, a = σ(z)), and not where a preposition or "derivative" follows
 * ("the sigmoid function's derivative", "the sigmoid function of z").
 */
final class ActivationDescriptions {
  private static final String KIND = "(logistic\\s+sigmoid|logistic|sigmoid|hyperbolic\\s+tangent"
      + "|tanh|relu|rectified\\s+linear(?:\\s+unit)?|rectifier|softplus)";
  private static final String END = "(?!\\s*(?:'s|’s|of\\b|derivative|at\\b|applied|evaluated))";
  private static final Pattern BEFORE = Pattern.compile("\\$\\s*([a-zA-Z])\\s*(?:\\(\\s*[a-z]"
      + "\\s*\\))?\\s*\\$,?\\s+(?:is|denotes?|be|being|stands\\s+for|represents?)\\s+the\\s+"
      + KIND + "\\s+function" + END, Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER = Pattern.compile("\\bthe\\s+" + KIND + "\\s+function\\s+"
      + "\\$\\s*([a-zA-Z])\\s*(?:\\(\\s*[a-z]\\s*\\))?\\s*\\$" + END, Pattern.CASE_INSENSITIVE);

  private ActivationDescriptions() {}

  /** {@code greek} and every activation {@code text} names in words, in the order of lines. */
  static List<GreekFunctionNames.Described> withGreek(List<GreekFunctionNames.Described> greek,
      String text) {
    List<GreekFunctionNames.Described> out = new ArrayList<>(greek);
    add(out, text, BEFORE.matcher(text), 1, 2);
    add(out, text, AFTER.matcher(text), 2, 1);
    out.sort(Comparator.comparingInt(GreekFunctionNames.Described::line));
    return out;
  }

  private static void add(List<GreekFunctionNames.Described> out, String text, Matcher m,
      int letter, int kind) {
    while (m.find()) {
      String body = body(m.group(kind).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new GreekFunctionNames.Described(line, m.group(letter), body));
    }
  }

  /** The function's body in LaTeX, in x. */
  static String body(String kind) {
    return switch (kind) {
      case "tanh", "hyperbolic tangent" -> "\\tanh(x)";
      case "relu", "rectified linear", "rectified linear unit", "rectifier" -> "\\max(0, x)";
      case "softplus" -> "\\log(1 + e^{x})";
      default -> "\\frac{1}{1 + e^{-x}}"; // logistic sigmoid, logistic, sigmoid
    };
  }
}
