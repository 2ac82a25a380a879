package gradlab.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the first {@code error: …} line of JShell's output (see {@link JavaShell}) as a failure. */
final class JavaFailure {
  private static final Pattern THROWN = Pattern.compile("error: (\\w+(?:Exception|Error)): (.*)");

  private JavaFailure() {}

  /** The failure of the first error line, or null when there is none. */
  static Result.Failure of(String jshellOutput) {
    int at = jshellOutput.startsWith("error: ") ? 0 : jshellOutput.indexOf("\nerror: ") + 1;
    if (at == 0 && !jshellOutput.startsWith("error: ")) {
      return null;
    }
    // a compiler message may go on over lines ("  symbol: variable i"): they belong to it
    String first = jshellOutput.substring(at).lines().findFirst().orElse("");
    String rest = jshellOutput.substring(at + first.length()).stripTrailing();
    if (first.equals("error: " + ExitGuard.MESSAGE)) { // shown without its class name
      return new Result.Failure("SecurityException", ExitGuard.MESSAGE + rest, first + rest);
    }
    Matcher m = THROWN.matcher(first);
    return m.matches() ? new Result.Failure(m.group(1), m.group(2) + rest, first + rest)
        : new Result.Failure("CompileError", first.substring(7) + rest);
  }

  /** What the snippets before the first error printed, or the whole output without one. */
  static String beforeError(String jshellOutput) {
    int at = jshellOutput.startsWith("error: ") ? 0 : jshellOutput.indexOf("\nerror: ") + 1;
    return at == 0 && !jshellOutput.startsWith("error: ") ? jshellOutput
        : jshellOutput.substring(0, Math.max(0, at - 1));
  }
}
