package gradlab.repl;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A name typed alone ({@code fd}) that the math language has no definition for but that Java has
 * as a variable is shown as Java's variable ({@code fd ==> 4}); it was the math symbol fd with a
 * note to type {@code $fd}. A name math defines stays math's.
 */
final class BareJavaName {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

  private BareJavaName() {}

  /**
   * @param mathDefines whether the math session defines the name
   * @param javaVariables the Java variables declared so far
   */
  static boolean isJavas(String line, Predicate<String> mathDefines, Set<String> javaVariables) {
    String s = line.strip();
    return NAME.matcher(s).matches() && javaVariables.contains(s) && !mathDefines.test(s);
  }
}
