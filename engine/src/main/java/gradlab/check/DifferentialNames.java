package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ng's names for derivatives: a text that writes {@code dz = \frac{d\mathcal{L}}{dz}} (or with
 * ∂) calls that derivative "dz", as its code does, and then writes {@code dw_1 = x_1 \, dz}.
 * Each later {@code dz} in the text is the derivative it named, and the naming
 * {@code dz = …} itself is dropped from the chain it opens. Read as d times z, the steps that
 * used dz were refuted (a false ✗ on a correct lecture transcript). A name is read so only
 * where the text names it that way: the fraction's denominator is d or ∂ of the same name. A
 * {@code dz} alone in braces ({@code \frac{da}{dz}}) is the differential of a derivative, left
 * as written.
 */
final class DifferentialNames {
  private static final Pattern HEAD = Pattern.compile(
      "(?<![A-Za-z\\\\])d([A-Za-z])(?:_(\\{[A-Za-z0-9]{1,3}\\}|[A-Za-z0-9]))?\\s*=\\s*(\\\\frac\\s*\\{)");

  private DifferentialNames() {}

  /** {@code text} with each named derivative written as its fraction (as is without any). */
  static String rewrite(String text) {
    if (!text.contains("\\frac")) {
      return text;
    }
    Map<Pattern, String> names = new LinkedHashMap<>();
    List<int[]> heads = new ArrayList<>(); // [start of "dz", start of its \frac]
    Matcher m = HEAD.matcher(text);
    while (m.find()) {
      int numOpen = m.end() - 1;
      int numClose = TexMacros.closing(text, numOpen);
      int denOpen = numClose < 0 ? -1 : skipSpaces(text, numClose + 1);
      if (denOpen < 0 || denOpen >= text.length() || text.charAt(denOpen) != '{') {
        continue;
      }
      int denClose = TexMacros.closing(text, denOpen);
      if (denClose < 0) {
        continue;
      }
      String sub = m.group(2) == null ? "" : m.group(2).replaceAll("[{}]", "");
      String num = text.substring(numOpen + 1, numClose).strip();
      String den = text.substring(denOpen + 1, denClose).replaceAll("[\\s{}]", "");
      String name = m.group(1) + (sub.isEmpty() ? "" : "_" + sub);
      if (!isDifferential(num) || !(den.equals("d" + name) || den.equals("\\partial" + name))) {
        continue;
      }
      names.putIfAbsent(token(m.group(1), sub), text.substring(m.start(3), denClose + 1));
      heads.add(new int[] {m.start(), m.start(3)});
    }
    if (names.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int[] h : heads) { // "dz = \frac{…}{dz} = a - y" → "\frac{…}{dz} = a - y"
      out.append(text, at, h[0]);
      at = h[1];
    }
    String dropped = out.append(text.substring(at)).toString();
    for (Map.Entry<Pattern, String> e : names.entrySet()) {
      dropped = replaceUses(dropped, e.getKey(), e.getValue());
    }
    return dropped;
  }

  private static boolean isDifferential(String numerator) {
    return numerator.startsWith("\\partial") || numerator.matches("(?s)d(?![a-z]).*");
  }

  private static Pattern token(String letter, String sub) {
    return Pattern.compile("(?<![A-Za-z\\\\])d" + letter + (sub.isEmpty() ? "(?![A-Za-z0-9_'])"
        : "_(?:\\{" + sub + "\\}|" + sub + ")(?![A-Za-z0-9])"));
  }

  /** Each use of the name, but not one alone in braces (a differential of a fraction). */
  private static String replaceUses(String text, Pattern token, String fraction) {
    StringBuilder out = new StringBuilder();
    Matcher u = token.matcher(text);
    int at = 0;
    while (u.find()) {
      boolean braced = text.substring(0, u.start()).stripTrailing().endsWith("{")
          && text.substring(u.end()).stripLeading().startsWith("}");
      if (braced) {
        continue;
      }
      out.append(text, at, u.start()).append(fraction);
      at = u.end();
    }
    return out.append(text.substring(at)).toString();
  }

  private static int skipSpaces(String text, int k) {
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }
}
