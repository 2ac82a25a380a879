package gradlab.repl;

import gradlab.lab.Worksheet;
import java.util.List;
import java.util.function.Predicate;

/** The console's commands on the session's definitions: {@code :vars} and {@code :forget}. */
final class DefinitionCommands {
  private DefinitionCommands() {}

  /**
   * Forgets the named definitions and Java variables ({@code :forget x f}); says which names had
   * neither. A name that is both is forgotten as both: after {@code double x = 2.0; x = 3},
   * {@code :forget x} had left the Java x, so that {@code x} then showed 2.0.
   */
  static String forget(String names, Worksheet sheet, Predicate<String> dropJavaInPlace) {
    List<String> given = java.util.Arrays.stream(names.split("[\\s,]+"))
        .filter(n -> !n.isEmpty()).toList();
    if (given.isEmpty()) {
      return "usage: :forget NAME … (e.g. :forget x f); :reset forgets everything";
    }
    List<String> unknown = given.stream()
        .filter(n -> !(sheet.forgetInPlace(n) | dropJavaInPlace.test(n))).toList(); // both run
    List<String> done = given.stream().filter(n -> !unknown.contains(n)).toList();
    return (done.isEmpty() ? "" : "forgot " + String.join(", ", done))
        + (done.isEmpty() || unknown.isEmpty() ? "" : "; ")
        + (unknown.isEmpty() ? "" : String.join(", ", unknown) + (unknown.size() == 1
        ? " has" : " have") + " no definition (:vars lists them)");
  }

  /** The named definitions ({@code :vars}). */
  static String vars(Worksheet sheet) {
    StringBuilder b = new StringBuilder();
    sheet.definitions().forEach(d -> b.append("  ").append(d).append("\n"));
    sheet.functionDefinitions().forEach(f -> b.append("  ").append(f).append("\n"));
    return b.isEmpty() ? "(no definitions)" : b.toString();
  }
}
