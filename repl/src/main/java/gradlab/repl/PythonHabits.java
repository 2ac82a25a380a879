package gradlab.repl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines a Python user types into the console out of habit ({@code import numpy as np},
 * {@code print("hi")}, {@code np.exp(1)}, {@code def f(x):}), which neither the math language
 * nor Java reads: the hint for their error names the console's Python ({@code :py}); bare
 * {@code help}, {@code quit} and {@code exit} name the commands, and {@code clear x} (also
 * Mathematica's {@code Clear[x]} and {@code x =.}, Python's {@code del x}) names {@code :forget}.
 */
final class PythonHabits {
  /** Python's module prefixes people type ({@code np.exp}); LineRouter reads them too. */
  static final String MODULES = "np|numpy|math|torch|sympy|sp|scipy|tf";
  private static final Pattern PYTHON = Pattern.compile("^(import\\s+\\w+(\\.\\w+)*(\\s+as\\s+"
      + "\\w+)?\\s*$|from\\s+\\w+(\\.\\w+)*\\s+import\\b|print\\s*\\(|def\\s+\\w+\\s*\\(|for\\s+"
      + "\\w+\\s+in\\b|lambda\\b)|\\b(" + MODULES + ")\\.\\w+");
  private static final Pattern BARE_WORD = Pattern.compile("^(help|quit|exit|clear|cls)(\\(\\))?$");
  /** clear x, Clear[x], clear(x, y), del x, unset x, x =. : read as products (3·clear) before. */
  private static final Pattern CLEAR = Pattern.compile("^(?:(?:clear|Clear|del|unset|forget)"
      + "\\s*[\\[(]?\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*[\\])]?|(\\w+)\\s*=\\s*\\.)$");

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
    var clear = CLEAR.matcher(line.strip());
    if (clear.matches()) {
      String names = (clear.group(1) != null ? clear.group(1) : clear.group(2))
          .replaceAll("\\s*,\\s*", " ");
      return Optional.of("nothing was done: type :forget " + names + " to forget "
          + (names.contains(" ") ? "their definitions" : "its definition")
          + " (:reset forgets everything)");
    }
    var m = BARE_WORD.matcher(line.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(switch (m.group(1)) {
      case "help" -> "type :help for the commands, ?name for a function (e.g. ?sigma)";
      case "clear", "cls" -> "Ctrl-L clears the screen; :forget x forgets a name, :reset "
          + "everything";
      default -> "type :quit (or Ctrl-D) to leave";
    });
  }
}
