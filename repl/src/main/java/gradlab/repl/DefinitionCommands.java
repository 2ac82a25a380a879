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
    List<String> unknown = given.stream() // both run; ψ is the math language's psi
        .filter(n -> !(sheet.forgetInPlace(inputName(n)) | dropJavaInPlace.test(n))).toList();
    List<String> done = given.stream().filter(n -> !unknown.contains(n)).toList();
    return (done.isEmpty() ? "" : "forgot " + String.join(", ", done))
        + (done.isEmpty() || unknown.isEmpty() ? "" : "; ")
        + (unknown.isEmpty() ? "" : String.join(", ", unknown) + (unknown.size() == 1
        ? " has" : " have") + " no definition (:vars lists them)");
  }

  /**
   * A name as the math language keeps it: Greek letters typed directly by their names (ψ₁ →
   * psi1 as {@code ψ₁ = 2κ} defined it). {@code :forget ψ} said "ψ has no definition" while
   * {@code ψ} still showed 2κ (found by a new user).
   */
  static String inputName(String typed) {
    try { // the math language's own reading of a name, not a second table of it
      return gradlab.math.Parser.parse(typed) instanceof gradlab.math.Sym s ? s.name() : typed;
    } catch (RuntimeException notAName) {
      return typed;
    }
  }

  /** The named definitions ({@code :vars}). */
  static String vars(Worksheet sheet) {
    StringBuilder b = new StringBuilder();
    sheet.definitions().forEach(d -> b.append("  ").append(d).append("\n"));
    sheet.functionDefinitions().forEach(f -> b.append("  ").append(f).append("\n"));
    return b.isEmpty() ? "(no definitions)" : b.toString();
  }
}
