package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of the engine-syntax format as students type them quickly: "d/dx tanh(x) = 1 - tanh(x)^2"
 * (d/dx of the term after it, as diff), "softplus(x) = log(1+exp(x)) => d/dx softplus(x) =
 * sigmoid(x)" (an implication arrow separates two statements) and a leading label ("wrong:",
 * "Q2:"). Each was "not checked: d, dx are not defined" or "a side of the relation is empty"
 * (found by a new user).
 */
final class PlainTextLines {
  private static final Pattern LABEL = Pattern.compile("^[A-Za-z][A-Za-z0-9 ()]{0,12}:\\s+");
  private static final Pattern ARROWS = Pattern.compile("\\s*(?:==>|=>|⇒|⟹)\\s*");
  private static final Pattern D_DX = Pattern.compile(
      "(?<![A-Za-z0-9_])d/d([A-Za-z])\\s*(.+?)\\s*(?=(?:==|=|<|>|≤|≥|$))");

  private PlainTextLines() {}

  /** The statements of one line, each with d/dx written as diff(…, x). */
  static List<String> statements(String line) {
    String s = LABEL.matcher(line).replaceFirst("");
    if (s.startsWith("let ") || s.startsWith("at ") || s.startsWith("assume ")) {
      return List.of(line);
    }
    List<String> out = new ArrayList<>();
    for (String part : ARROWS.split(s)) {
      if (!part.isBlank()) {
        out.add(D_DX.matcher(part).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            "diff(" + m.group(2) + ", " + m.group(1) + ")")));
      }
    }
    return out.isEmpty() ? List.of(line) : out;
  }
}
