package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "For all $x$:", "for every $x$,", "holds for any $x, y$" just before a step: the step is
 * general in those names, so a point named earlier for them no longer applies.
 */
final class ForAll {
  private static final Pattern TAIL = Pattern.compile(
      "(?i)\\bfor\\s+(?:all|every|any|each)\\s+(?:real\\s+)?\\$([^$]+)\\$[^$]*$");

  private ForAll() {}

  /** The names a "for all" at the end of {@code paragraph} quantifies, or none. */
  static List<String> names(CharSequence paragraph) {
    Matcher m = TAIL.matcher(paragraph);
    List<String> out = new ArrayList<>();
    if (m.find()) {
      for (String part : m.group(1).split(",")) {
        String name = part.replaceAll("\\\\in.*|[{}\\\\ ]", "").strip();
        if (name.matches("[A-Za-z][A-Za-z0-9_]*")) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
