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

  private GenericFunctionNames() {}

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
