package gradlab.repl;

/**
 * An entry as a session file keeps it, so that {@code ./gradlab run} replays it as the console
 * ran it: a Java entry the console accepted without its closing {@code ;}
 * ({@code double[] xs = {1.0, 2.0}}) gets one, and a math entry's references {@code $N} and
 * {@code $name}, which only the console knows, are written as the values they had (a saved
 * {@code $1 + 1} stopped the replay with a syntax error at '$').
 */
final class ReplayableEntry {
  private ReplayableEntry() {}

  /** A Java entry with the {@code ;} a script needs. */
  static String java(String entry, JavaShell java) {
    String s = entry.strip();
    return !s.endsWith(";") && java.needsSemicolon(s) ? s + ";" : entry;
  }

  /** A math entry with each reference written as its value; as typed where one has none. */
  static String math(String entry, Results results, JavaShell java) {
    if (!entry.contains("$")) {
      return entry;
    }
    try {
      return results.intoMath(entry, java);
    } catch (IllegalArgumentException e) {
      return entry; // a reference with no value: the entry failed and is not kept anyway
    }
  }
}
