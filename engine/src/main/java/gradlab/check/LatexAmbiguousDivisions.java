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
    List<String> raw = ChainSplitter.split(statement).terms();
    FunctionHeads.Head fn = raw.size() < 2 ? null : FunctionHeads.parse(raw.get(0));
    String name = raw.size() < 2 ? null : fn != null ? fn.name() : engineName(run, raw.get(0));
    AmbiguousDivisions.reportInPlace(run, line, statement, readings,
        "write \\frac or the brackets you mean", name,
        name == null ? null : LatexNames.readable(name), fn != null);
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
