package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Δw, Δv, ΔC: the change of a quantity is one name, as in Nielsen's Δv = −η∇C, not Δ times w
 * ("Δ is not defined in the text" made every update rule "not checked"). Written as
 * {@code \Delta_{w}}, one name the reader knows. Where the text defines Δ itself (a
 * discriminant, Δ = b² − 4ac), Δx stays a product.
 */
final class DeltaQuantities {
  private static final Pattern DEFINED = Pattern.compile("\\\\Delta\\s*(=|:=|\\\\equiv)");
  private static final Pattern CHANGE = Pattern.compile("\\\\Delta\\s*(?![_^{(=])"
      + "([A-Za-z](?![A-Za-z])(?:_\\{[^{}]*\\}|_[A-Za-z0-9])?|\\\\(?:" + String.join("|",
      LatexNames.GREEK.stream().filter(g -> Character.isLowerCase(g.charAt(0))).toList())
      + ")(?![A-Za-z]))");

  private DeltaQuantities() {}

  static String rewrite(String text) {
    if (!text.contains("\\Delta") || DEFINED.matcher(text).find()) {
      return text;
    }
    return CHANGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        "\\Delta_{" + m.group(1) + "}"));
  }
}
