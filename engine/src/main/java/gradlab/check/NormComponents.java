package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The squared Euclidean norm of a vector that is not written out, {@code \|y - a^L\|^2}, is by
 * definition the sum of its components squared, {@code \sum_j (y_j - a^L_j)^2}: Nielsen's
 * {@code C = \frac{1}{2} \|y-a^L\|^2 = \frac{1}{2} \sum_j (y_j-a^L_j)^2}. Where a step with such
 * a norm has a Σ (the text writes the components), each norm is written out so, and the step
 * goes to {@link SizedSteps} (a Σ without bounds written out for a few sizes). The norm must hold
 * names joined by + and −, each a letter (bold or not, or Greek) with at most a superscript
 * ({@code a^L}, {@code h^{(t)}}), no subscript and no argument: the component j of such a name is
 * the name with subscript j, as the texts write it. Anything else is left as it was. Stateless.
 */
final class NormComponents {
  private static final String NAME = "(?:\\\\(?:mathbf|boldsymbol|bm)\\{\\s*([A-Za-z])\\s*\\}"
      + "|([A-Za-z])|(\\\\[a-z]+))(\\^(?:\\{[^{}]*\\}|[A-Za-z0-9]))?";
  private static final Pattern TERM = Pattern.compile("\\s*([-+]?)\\s*" + NAME + "\\s*");
  private static final Pattern NORM = Pattern.compile("\\\\\\|(.*?)\\\\\\|(?:_2|_\\{2\\})?"
      + "\\s*\\^(?:2|\\{2\\})");
  private static final String INDICES = "jkmrsuvp";

  private NormComponents() {}

  /**
   * {left, right} with each squared norm written as the Σ of its components, or null where no
   * norm can be written out or the step has no Σ of its own.
   */
  static String[] expand(String left, String right) {
    String l = normalized(left);
    String r = normalized(right);
    if (!(l + r).contains("\\sum")) {
      return null;
    }
    String index = freeLetter(l + " " + r);
    if (index == null) {
      return null;
    }
    String el = expanded(l, index);
    String er = expanded(r, index);
    return el == null || er == null || el.equals(l) && er.equals(r) ? null
        : new String[] {el, er};
  }

  private static String normalized(String latex) {
    return latex.replace("‖", "\\|").replace("\\lVert", "\\|").replace("\\rVert", "\\|")
        .replace("\\Vert", "\\|").replaceAll("\\\\(left|right)\\s*\\\\\\|", "\\\\|");
  }

  /** {@code latex} with each squared norm written out, or null where one cannot be. */
  private static String expanded(String latex, String index) {
    Matcher m = NORM.matcher(latex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inside = components(m.group(1), index);
      if (inside == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement("\\sum_{" + index + "} \\left("
          + inside + "\\right)^2"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code y - a^L} → {@code y_j - a^L_j}, or null where a term is not a plain name. */
  private static String components(String inside, String index) {
    Matcher t = TERM.matcher(inside);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < inside.length()) {
      if (!t.find(at) || t.start() != at || t.end() == at) {
        return null;
      }
      String sign = t.group(1);
      if (sign.isEmpty() && at > 0) {
        return null; // y a: a product, not a sum of vectors
      }
      String base = t.group(2) != null ? t.group(2) : t.group(3) != null ? t.group(3)
          : t.group(4);
      String sup = t.group(5) == null ? "" : t.group(5);
      if (t.group(4) != null && !GREEK.matcher(base).matches()) {
        return null; // \sin, \cdot: not a name
      }
      out.append(sign.isEmpty() ? "" : " " + sign + " ").append(base).append(sup).append("_")
          .append(index);
      at = t.end();
    }
    return out.isEmpty() ? null : out.toString().strip();
  }

  private static final Pattern GREEK = Pattern.compile("\\\\(alpha|beta|gamma|delta|epsilon|"
      + "zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|tau|phi|chi|psi|omega)");

  /** A summation index that the step does not use as a letter on its own. */
  static String freeLetter(String latex) {
    for (char ch : INDICES.toCharArray()) {
      String s = String.valueOf(ch);
      if (!Pattern.compile("(?<![A-Za-z\\\\])" + s + "(?![A-Za-z])").matcher(latex).find()) {
        return s;
      }
    }
    return null;
  }
}
