package gradlab.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the first {@code error: …} line of JShell's output (see {@link JavaShell}) as a failure. */
final class JavaFailure {
  private static final Pattern THROWN = Pattern.compile("error: (\\w+(?:Exception|Error)): (.*)");

  private JavaFailure() {}

  /** The failure of the first error line, or null when there is none. */
  static Result.Failure of(String jshellOutput) {
    for (String line : jshellOutput.split("\n")) {
      if (line.startsWith("error: ")) {
        Matcher m = THROWN.matcher(line);
        return m.matches() ? new Result.Failure(m.group(1), m.group(2))
            : new Result.Failure("CompileError", line.substring(7));
      }
    }
    return null;
  }
}
