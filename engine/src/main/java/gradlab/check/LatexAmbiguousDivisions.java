package gradlab.check;

import java.util.List;

/**
 * {@link AmbiguousDivisions} in LaTeX math: {@code $y = 1/2x$} is half of x to some readers and
 * one over 2x to others, and the LaTeX reader took the first alone, so the true (under the
 * second) {@code $$\frac{dy}{dx} = -\frac{1}{2x^2}$$} after it was refuted (user44's finding).
 * LaTeX ignores spaces, so {@code 1/2 x} is typeset as {@code 1/2x} and is as ambiguous. The
 * statement is "not checked: ambiguous" with both readings named, and a name it defines is held
 * unread, so no later step is checked against one reading.
 */
final class LatexAmbiguousDivisions {
  private LatexAmbiguousDivisions() {}

  /** Whether {@code statement} had such a division (then it is reported and its name held). */
  static boolean readInPlace(DocumentRun run, int line, String statement) {
    String typeset = statement.replaceAll("\\\\[,;:! ]", " ").replaceAll("\\\\left\\s*\\(", "(")
        .replaceAll("/\\s*(\\d+(?:\\.\\d+)?)\\s+(?=[A-Za-z(])", "/$1");
    String readings = AmbiguousDivisions.readings(typeset);
    if (readings == null) {
      return false;
    }
    run.notChecked(line, statement.strip(), "ambiguous: " + readings
        + "; write \\frac or the brackets you mean");
    List<String> raw = ChainSplitter.split(statement).terms();
    if (raw.size() < 2) {
      return true;
    }
    FunctionHeads.Head fn = FunctionHeads.parse(raw.get(0));
    String name = fn != null ? fn.name() : engineName(run, raw.get(0));
    if (name == null) {
      return true;
    }
    if (fn != null) { // f(x) = 1/2x^2: f is no function of either reading alone
      run.ctx = run.ctx.withoutFunction(name);
      run.unread.put(name, line);
    }
    run.untaken.heldInPlace(run, name, line, "ambiguous: " + LatexNames.readable(name)
        + " is defined on line " + line + " through " + readings.replaceFirst(" has two",
        ", which has two"));
    return true;
  }

  private static String engineName(DocumentRun run, String rawHead) {
    try {
      String n = LatexReader.read(rawHead, run.reading()).engineSyntax().strip();
      return EngineNames.is(n) ? n : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
