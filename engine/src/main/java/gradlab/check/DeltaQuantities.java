package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Δw, Δv, ΔC: the change of a quantity is one name, as in Nielsen's Δv = −η∇C, not Δ times w
 * ("Δ is not defined in the text" made every update rule "not checked"). Written as
 * {@code \Delta_{w}}, one name the reader knows. Where the text defines Δ itself (a
 * discriminant, Δ = b² − 4ac), Δx stays a product. A name in bold (Goodfellow's
 * {@code \Delta \boldsymbol{\theta}}, {@code \Delta \mathbf{w}}) is the same change: before, it was
 * read as Δ times θ, and a true {@code g = 2\theta} after RMSProp's rule was refuted through it.
 */
final class DeltaQuantities {
  private static final Pattern DEFINED = Pattern.compile("\\\\Delta\\s*(=|:=|\\\\equiv)");
  private static final String GREEK_LOWER = "\\\\(?:" + String.join("|",
      LatexNames.GREEK.stream().filter(g -> Character.isLowerCase(g.charAt(0))).toList())
      + ")(?![A-Za-z])";
  private static final String SUBSCRIPT = "(?:_\\{[^{}]*\\}|_[A-Za-z0-9])?";
  /** Δw, Δw_{1}, Δθ, and the same with the name in bold: Δ\boldsymbol{θ}, Δ\mathbf{w}_1. */
  private static final Pattern CHANGE = Pattern.compile("\\\\Delta\\s*(?![_^{(=])(?:"
      + "([A-Za-z](?![A-Za-z])" + SUBSCRIPT + "|" + GREEK_LOWER + ")"
      + "|\\\\(?:boldsymbol|mathbf|bm|vec)\\s*\\{\\s*([A-Za-z]|" + GREEK_LOWER + ")\\s*\\}("
      + SUBSCRIPT + "))");

  private DeltaQuantities() {}

  static String rewrite(String text) {
    if (!text.contains("\\Delta") || DEFINED.matcher(text).find()) {
      return text;
    }
    return CHANGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\Delta_{"
        + (m.group(1) != null ? m.group(1) : m.group(2) + m.group(3)) + "}"));
  }
}
