package gradlab.repl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines a Python user types into the console out of habit ({@code import numpy as np},
 * {@code print("hi")}, {@code np.exp(1)}, {@code def f(x):}), which neither the math language
 * nor Java reads: the hint for their error names the console's Python ({@code :py}); bare
 * {@code help}, {@code quit} and {@code exit} name the commands.
 */
final class PythonHabits {
  /** Python's module prefixes people type ({@code np.exp}); LineRouter reads them too. */
  static final String MODULES = "np|numpy|math|torch|sympy|sp|scipy|tf";
  private static final Pattern PYTHON = Pattern.compile("^(import\\s+\\w+(\\.\\w+)*(\\s+as\\s+"
      + "\\w+)?\\s*$|from\\s+\\w+(\\.\\w+)*\\s+import\\b|print\\s*\\(|def\\s+\\w+\\s*\\(|for\\s+"
      + "\\w+\\s+in\\b|lambda\\b)|\\b(" + MODULES + ")\\.\\w+");
  private static final Pattern BARE_WORD = Pattern.compile("^(help|quit|exit)(\\(\\))?$");

  private PythonHabits() {}

  /** The hint (on a line of its own) for a failed line that looks like Python, else empty. */
  static String hint(String line) {
    if (!PYTHON.matcher(line.strip()).find()) {
      return "";
    }
    return "\n  hint: Python runs as ':py " + line.strip() + "' (there is no NumPy)";
  }

  /** What bare help, quit or exit (a Python or shell habit) means here, or empty. */
  static Optional<String> bareWord(String line) {
    var m = BARE_WORD.matcher(line.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).equals("help") ? "type :help for the commands, ?name for a "
        + "function (e.g. ?sigma)" : "type :quit (or Ctrl-D) to leave");
  }
}
