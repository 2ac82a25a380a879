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
      "(?i)\\bfor\\s+(?:all|every|any|each)\\s+(?:real\\s+)?\\$([^$]+)\\$((?:\\s*(?:,|and)\\s*"
      + "\\$[^$]+\\$)*)[^$]*$");
  private static final Pattern IN_GENERAL = Pattern.compile("(?i)\\bin general\\b[^$]*$");
  private static final Pattern MORE = Pattern.compile("\\$([^$]+)\\$");

  private ForAll() {}

  /** Whether the paragraph ends with "in general" (the steps after it are general). */
  static boolean inGeneral(CharSequence paragraph) {
    return IN_GENERAL.matcher(paragraph).find();
  }

  /** The names a "for all" at the end of {@code paragraph} quantifies, or none. */
  static List<String> names(CharSequence paragraph) {
    Matcher m = TAIL.matcher(paragraph);
    List<String> out = new ArrayList<>();
    if (m.find()) {
      List<String> parts = new ArrayList<>(List.of(m.group(1).split(",")));
      Matcher more = MORE.matcher(m.group(2));
      while (more.find()) { // "for any $x$ and $w$"
        parts.add(more.group(1));
      }
      for (String part : parts) {
        String name = part.replaceAll("\\\\in.*|[{}\\\\ ]", "").strip();
        if (name.matches("[A-Za-z][A-Za-z0-9_]*")) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
