package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters prose declares to be functions without defining them: "functions $f$ and $g$ are
 * both differentiable", "some … function $f: \mathbb{R} \rightarrow \mathbb{R}$", "functions
 * $y=f(u)$ and $u=g(x)$". Such a letter before brackets is the function applied, never a
 * product; its steps are checked through instances ({@link GenericFunctions}). A letter the text
 * also defines keeps its definition (the reader prefers what is written out).
 */
final class GenericFunctionNames {
  private static final Pattern DECLARED = Pattern.compile(
      "functions?\\s+((?:\\$[^$]+\\$(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)?)+)");
  private static final Pattern MATH = Pattern.compile("\\$([^$]+)\\$");
  private static final Pattern LETTER = Pattern.compile(
      "\\s*([a-df-hj-z])\\s*(?::.*)?");
  private static final Pattern APPLIED = Pattern.compile(".*=\\s*([a-df-hj-z])\\s*\\(.*");

  /**
   * Letters the prose says are functions after naming them: "where $\\sigma$, $g$ and $h$ are
   * point-wise non-linear activation functions" (Greff et al., after the display that applies
   * them), "$f$ is a smooth function", "let $g$ denote the logistic sigmoid function" ("be",
   * "represents", "stands for"). At most five words between the verb
   * and the noun, none a preposition ("$x$ and $y$ are the inputs of the functions" declares
   * nothing).
   */
  private static final Pattern DESCRIBED = Pattern.compile("((?:\\$[^$]+\\$(?:\\s*,\\s*"
      + "|\\s*,?\\s+and\\s+|\\s+or\\s+)?)+)\\s+(?:are|is|be|denotes?|represents?|stands?\\s+for"
      + ")\\s+(?:(?!(?:of|to|for|in|by|with|from|on|at|as|than|not|no)\\b)[A-Za-z-]+\\s+){0,5}"
      + "functions?\\b");

  private GenericFunctionNames() {}

  /**
   * The one-letter names (as written) the text anywhere says are functions ({@link
   * #DESCRIBED}): a declaration after the display that uses them still makes g(…) g applied.
   */
  static List<String> described(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = DESCRIBED.matcher(text);
    while (m.find()) {
      Matcher math = MATH.matcher(m.group(1));
      while (math.find()) {
        Matcher letter = LETTER.matcher(math.group(1));
        if (letter.matches() && !math.group(1).contains(":")) {
          out.add(letter.group(1));
        }
      }
    }
    return out;
  }

  private static final Pattern DIFFERENTIATED = Pattern.compile(
      "\\\\frac\\s*\\{\\s*d\\s*([a-df-hj-z])\\s*\\(\\s*([a-z])\\s*\\)\\s*\\}"
          + "\\s*\\{\\s*d\\s*\\2\\s*\\}");

  /**
   * The letters a formula differentiates as functions of their own argument,
   * {@code \frac{df(x)}{dx}} (CS231n's numerical gradient): f is a function there, never f
   * times x. Read as a product, {@code \frac{df(x)}{dx} = \frac{f(x + h) - f(x)}{h}} was
   * "proved" (both sides are f), though the right side only approximates the derivative.
   */
  static List<String> differentiated(String latex) {
    List<String> out = new ArrayList<>();
    Matcher m = DIFFERENTIATED.matcher(latex);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The letters (as written) that {@code prose}, inline math kept as $…$, declares. */
  static List<String> declared(String prose) {
    List<String> out = new ArrayList<>();
    Matcher m = DECLARED.matcher(prose);
    while (m.find()) {
      Matcher math = MATH.matcher(m.group(1));
      while (math.find()) {
        String s = math.group(1);
        Matcher letter = LETTER.matcher(s);
        Matcher applied = APPLIED.matcher(s);
        if (letter.matches()) {
          out.add(letter.group(1));
        } else if (applied.matches()) {
          out.add(applied.group(1));
        }
      }
    }
    return out;
  }
}
