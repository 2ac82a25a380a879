package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inner product of two plain letters written transposed, {@code \theta^T x}, in a step that
 * also names a component of one of them ({@code \theta_j}, {@code x_j}): CS229's logistic
 * regression, {@code g(\theta^T x) (1 - g(\theta^T x)) \frac{\partial}{\partial \theta_j}
 * \theta^T x = … x_j}. By definition θᵀx is Σ_k θ_k x_k; each such product is written so, and
 * the step goes to {@link SizedSteps} (a Σ without bounds written out for a few sizes, the free
 * index j one of them, refuted only where it fails at every size decided; one term is the
 * scalar reading). Every transpose of the step must be of this form (two letters, neither bold,
 * capital or subscripted), and neither letter may occur on its own elsewhere in the step
 * ({@code h_\theta(x)}: θ would be a name apart from its components); anything else is left
 * to the matrix reading. Stateless.
 */
final class InnerProductComponents {
  private static final String LETTER = "(\\\\(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|"
      + "kappa|lambda|mu|nu|xi|rho|tau|phi|chi|psi|omega)(?![A-Za-z])|(?<![A-Za-z\\\\])[a-z])";
  private static final String TRANSPOSE = "\\^\\s*(?:\\{\\s*(?:T|\\\\top|\\\\intercal|"
      + "\\\\mathrm\\{T\\}|⊤)\\s*\\}|T(?![A-Za-z])|\\\\top(?![A-Za-z])|\\\\intercal(?![A-Za-z])"
      + "|⊤)";
  /** {@code p^T q}: p not after a subscript or superscript sign, q with no script of its own. */
  private static final Pattern PRODUCT = Pattern.compile("(?<![_^]|_\\{|\\^\\{)" + LETTER
      + "\\s*" + TRANSPOSE + "\\s*" + LETTER + "(?![A-Za-z_^'(])");
  /** Any transpose, to see that every one is of the form read here. */
  private static final Pattern ANY_TRANSPOSE = Pattern.compile(TRANSPOSE);

  private InnerProductComponents() {}

  /**
   * {left, right} with each {@code p^T q} written as {@code \left(\sum_{k} p_k q_k\right)}, or
   * null where the step has a transpose of another form, or names no component of p or q.
   */
  static String[] expand(String left, String right) {
    String both = left + " \n " + right;
    Matcher m = PRODUCT.matcher(both);
    Set<String> letters = new LinkedHashSet<>();
    int products = 0;
    while (m.find()) {
      products++;
      letters.add(m.group(1));
      letters.add(m.group(2));
    }
    Matcher t = ANY_TRANSPOSE.matcher(both);
    int transposes = 0;
    while (t.find()) {
      transposes++;
    }
    if (products == 0 || products != transposes || letters.stream().noneMatch(
        p -> component(p).matcher(both).find())) {
      return null;
    }
    String index = NormComponents.freeLetter(both);
    if (index == null) {
      return null;
    }
    String[] out = {written(left, index), written(right, index)};
    for (String p : letters) { // h_θ(x) beside θᵀx: θ itself is no Σ of components
      if (bare(p).matcher(out[0] + " \n " + out[1]).find()) {
        return null;
      }
    }
    return out;
  }

  /** {@code p} on its own, not as a component {@code p_k}. */
  private static Pattern bare(String letter) {
    return Pattern.compile((letter.startsWith("\\") ? "" : "(?<![A-Za-z\\\\])")
        + Pattern.quote(letter) + "(?![A-Za-z])(?!\\s*_)");
  }

  private static String written(String latex, String index) {
    Matcher m = PRODUCT.matcher(latex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("\\left(\\sum_{" + index + "} "
          + m.group(1) + "_{" + index + "} " + m.group(2) + "_{" + index + "}\\right)"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code p_j}, {@code p_{j}}: a component of p at a one-letter index. */
  private static Pattern component(String letter) {
    return Pattern.compile((letter.startsWith("\\") ? "" : "(?<![A-Za-z\\\\])")
        + Pattern.quote(letter) + "\\s*_\\s*(?:\\{\\s*[a-z]\\s*\\}|[a-z](?![A-Za-z]))");
  }
}
