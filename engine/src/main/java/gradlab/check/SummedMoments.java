package gradlab.check;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variance or mean of a name defined by a sum, taken of its sum ({@link
 * SizedDefinitions#moments}). Moved out of {@link SizedDefinitions} (over 300 lines) as pure
 * movement; no behaviour change. Stateless.
 */
final class SummedMoments {
  private SummedMoments() {}

  /** {@code latex} with Var(y), E(y) and E[y] of each head y as those of its right side. */
  static String taken(String latex, Map<String, String> heads, Map<String, String> rhs) {
    String out = latex;
    for (Map.Entry<String, String> h : heads.entrySet()) {
      String head = Pattern.quote(h.getValue());
      String body = Matcher.quoteReplacement(rhs.get(h.getKey()));
      out = Pattern.compile("(\\\\(?:mathrm|operatorname|text)\\{(?:Var|E)\\}|\\b(?:Var|E))"
          + "\\s*(?:\\\\left)?\\s*\\(\\s*" + head + "\\s*(?:\\\\right)?\\s*\\)").matcher(out)
          .replaceAll("$1\\\\left(" + body + "\\\\right)");
      out = Pattern.compile("(\\\\mathbb\\{E\\}|\\\\mathrm\\{E\\}|\\bE)\\s*(?:\\\\left)?\\s*\\[\\s*"
          + head + "\\s*(?:\\\\right)?\\s*\\]").matcher(out)
          .replaceAll("$1\\\\left[" + body + "\\\\right]");
    }
    return out;
  }
}
