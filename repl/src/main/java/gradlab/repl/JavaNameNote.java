package gradlab.repl;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note under a math result that used, as a symbol, a name Java has as a variable: math and
 * Java names are separate, {@code $name} is the Java value. Said once per name and session (a
 * notebook using a symbol a says it once). Mutable: it remembers the names noted.
 */
final class JavaNameNote {
  private static final Pattern NAME = Pattern.compile(
      "(?<![$\\w])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(])");
  private final Set<String> noted = new HashSet<>();

  /**
   * The note (a line break first) for the first such name in the line not noted before, or "".
   *
   * @param mathDefines whether math defines a name (then it is not a symbol)
   */
  String note(String line, Set<String> javaNames, Predicate<String> mathDefines) {
    if (javaNames.isEmpty()) {
      return "";
    }
    Matcher m = NAME.matcher(line);
    while (m.find()) {
      String name = m.group(1);
      if (javaNames.contains(name) && !mathDefines.test(name) && noted.add(name)) {
        return "\nnote: " + name + " is also a Java variable; math and Java names are separate, "
            + "so here " + name + " is a symbol (write $" + name + " for the Java value)";
      }
    }
    return "";
  }
}
