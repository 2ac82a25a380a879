package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a formula uses as quantities, whether or not the reader reads the whole formula:
 * each letter, Greek letter or font-decorated letter ({@code \mathbf{W}}) with its scripts is
 * read on its own, and kept when it reads as one engine name (s = λ/2 (‖W⁽¹⁾‖² + ‖W⁽²⁾‖²) uses
 * λ though the norms are not read). Letters inside words ({@code \text{…}}), commands and
 * scripts of something else (the F of ‖W‖_F) are not names. Stateless.
 */
final class FormulaNames {
  private static final Pattern WORDS = Pattern.compile(
      "\\\\(?:text|textrm|operatorname|mathrm|mbox|textbf|label|tag)\\s*\\{[^{}]*\\}");
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![_^\\\\A-Za-z])((?:\\\\(?:mathbf|boldsymbol|bar|hat|tilde|widehat|vec)\\s*\\{[^{}]*\\}"
      + "|\\\\[A-Za-z]+|[A-Za-z]))((?:_\\{[^{}]*\\}|_[A-Za-z0-9])?)((?:\\^\\{[^{}]*\\}"
      + "|\\^[A-Za-z0-9])?)");
  private static final Pattern NAME = EngineNames.NAME;

  private FormulaNames() {}

  /** The engine names of the quantities written in {@code latex} (an unreadable one is left out). */
  static Set<String> of(String latex, LatexReading reading) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(WORDS.matcher(latex).replaceAll(" "));
    while (m.find()) {
      String base = m.group(1);
      for (String token : new String[] {base + m.group(2) + m.group(3), base + m.group(2),
          base}) {
        String name = name(token, reading);
        if (name != null) {
          out.add(name);
          break;
        }
      }
    }
    return out;
  }

  private static String name(String token, LatexReading reading) {
    try {
      String e = LatexReader.read(token, reading).engineSyntax().strip();
      return NAME.matcher(e).matches() ? e : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
