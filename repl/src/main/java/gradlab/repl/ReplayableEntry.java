package gradlab.repl;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry as a session file keeps it, so that {@code ./gradlab run} replays it as the console
 * ran it: a Java entry the console accepted without its closing {@code ;}
 * ({@code double[] xs = {1.0, 2.0}}) gets one, and a math entry's references {@code $N} and
 * {@code $name}, which only the console knows, are written as the values they had (a saved
 * {@code $1 + 1} stopped the replay with a syntax error at '$').
 */
final class ReplayableEntry {
  private ReplayableEntry() {}

  /**
   * An entry of the console as a session file keeps it: {@code :math}, {@code :java} and
   * {@code :plot} with their references written out, a line by where it went.
   *
   * @param bareJavaName whether a line is a name alone that shows a Java variable
   */
  static String of(String entry, JavaShell javaShell, Results results,
      Predicate<String> parses, Predicate<String> bareJavaName) {
    String cmd = entry.strip();
    if (cmd.startsWith(":math ") || cmd.startsWith(":java ")) {
      String body = cmd.substring(6);
      return cmd.substring(0, 6) + (cmd.startsWith(":math") ? math(body, results,
          javaShell) : java(body, javaShell, results));
    }
    if (cmd.startsWith(":plot ")) { // $N as its value, which a replay numbers otherwise
      return ":plot " + math(cmd.substring(6), results, javaShell);
    }
    if (cmd.startsWith(":") || cmd.startsWith("?")) {
      return entry;
    }
    return switch (LineRouter.route(cmd, parses, javaShell::unfinished)) {
      case JAVA -> java(entry, javaShell, results);
      case MATH -> bareJavaName.test(cmd) ? java(cmd, javaShell, results)
          : math(entry, results, javaShell);
      default -> entry;
    };
  }

  /**
   * A Java entry with the {@code ;} a script needs; an expression whose value the console showed
   * printed ({@link ShownJavaValue}), so that the script shows it too.
   */
  static String java(String entry, JavaShell java) {
    String s = entry.strip();
    if (java.showsValue(s)) {
      return ShownJavaValue.printed(s);
    }
    return !s.endsWith(";") && java.needsSemicolon(s) ? s + ";" : entry;
  }

  /**
   * As {@link #java(String, JavaShell)}, and each {@code $N} of a math result written as
   * {@code eval("its value")}, which a script's {@code eval} reads as the console's math does
   * (the autosave's {@code $1.unicode()} stopped {@code ./gradlab run}: cannot find symbol $1).
   */
  static String java(String entry, JavaShell java, Results results) {
    // a math definition the entry used by name ({@code C.input()}) was declared in the console's
    // JShell only: a replay stopped at "cannot find symbol C" (user23); it is declared first
    StringBuilder declared = new StringBuilder();
    java.definitionsDeclaredByLastEval().forEach((name, value) -> declared.append(
        "gradlab.symbolic.Expr ").append(name).append(" = eval(").append(javaString(value))
        .append(");\n"));
    return declared + withResults(java(entry, java), results);
  }

  private static String withResults(String withSemicolon, Results results) {
    if (!withSemicolon.contains("$")) {
      return withSemicolon;
    }
    Matcher m = MATH_RESULT.matcher(withSemicolon);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = results.mathValue(Integer.parseInt(m.group(1)))
          .map(e -> "eval(" + javaString(e.readableInput()) + ")").orElse(m.group());
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    return m.appendTail(b).toString();
  }

  /** {@code $N} as a Java name: not part of a longer name nor just after a quote. */
  private static final Pattern MATH_RESULT = Pattern.compile(
      "(?<![\\w$\"])\\$(\\d+)(?![\\w$])");

  private static String javaString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
