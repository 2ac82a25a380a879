package gradlab.repl;

import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * The Java variables of {@link JavaShell}'s JShell, for the math side: their names, a value lent
 * to a math line as the object itself, and a value's input form. The caller holds the shell's
 * lock.
 */
final class JavaVariables {
  /** The variable that carries a value's input form out of JShell (see {@link #inputForm}). */
  private static final String INPUT_FORM = "gradlab_inputForm";

  private JavaVariables() {}

  /** The names of the Java variables declared so far. */
  static java.util.Set<String> names(JShell shell) {
    return shell.variables().filter(v -> shell.status(v).isActive())
        .map(jdk.jshell.VarSnippet::name).collect(java.util.stream.Collectors.toSet());
  }

  /** Drops the active Java variable {@code name}, as JShell's /drop does; false where none. */
  static boolean dropInPlace(JShell shell, String name) {
    java.util.List<jdk.jshell.VarSnippet> found = shell.variables()
        .filter(v -> v.name().equals(name) && shell.status(v).isActive()).toList();
    found.forEach(shell::drop);
    return !found.isEmpty();
  }

  /**
   * Lends a Java variable's value (a number or an Expr) to the math line as the object itself
   * ({@link gradlab.lab.Lab#lendToMath}); false when there is no such variable.
   *
   * @throws IllegalArgumentException when the variable holds something else
   */
  static boolean lend(JShell shell, String variable) {
    if (shell.variables().noneMatch(v -> v.name().equals(variable))) {
      return false;
    }
    for (SnippetEvent e : shell.eval("gradlab.lab.Lab.lendToMath(" + JavaShell.quote(variable) + ", "
        + variable + ");")) {
      if (e.exception() != null) {
        throw new IllegalArgumentException(variable + ": " + e.exception().getMessage());
      }
    }
    return true;
  }

  /**
   * The input form of a Java variable's value (a number or an Expr), or empty when there is no
   * such variable.
   *
   * @throws IllegalArgumentException when the variable holds something else
   */
  static java.util.Optional<String> inputForm(JShell shell, String variable) {
    if (shell.variables().noneMatch(v -> v.name().equals(variable))) {
      return java.util.Optional.empty();
    }
    // a declaration, not an expression: an expression would leave a JShell temporary $<id>
    // behind, which a later $N in math would find instead of "no such result"
    for (SnippetEvent e : shell.eval("java.lang.String " + INPUT_FORM + " = "
        + "gradlab.lab.Lab.inputForm(" + variable + ");")) {
      if (e.exception() != null) {
        throw new IllegalArgumentException(variable + ": " + e.exception().getMessage());
      }
      if (e.value() != null && e.value().length() >= 2) {
        String v = e.value();
        return java.util.Optional.of(v.substring(1, v.length() - 1).replace("\\\"", "\"")
            .replace("\\\\", "\\"));
      }
    }
    return java.util.Optional.empty();
  }
}
