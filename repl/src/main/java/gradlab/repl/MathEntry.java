package gradlab.repl;

import gradlab.lab.Worksheet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One math entry of a {@link Session} as a {@link Result}: {@code $name} of a Java variable lent
 * as the object itself, the value numbered, printed in the session's format, with the note when
 * the line used a Java variable's name as a symbol ({@link JavaNameNote}).
 */
final class MathEntry {
  private MathEntry() {}

  /**
   * @param loans the session's lent Java values (Modified: filled for the line, then cleared)
   * @param results the session's numbered results (Modified: the value takes the next number)
   */
  static Result evaluate(Worksheet sheet, Results results, JavaShell javaShell,
      Map<String, Object> loans, Worksheet.Format format, JavaNameNote javaNames, String line) {
    Worksheet.Printed p;
    loans.clear();
    try {
      // $name of a Java variable crosses as the object itself (lent through Lab), not as text
      String text = results.intoMath(line, javaShell, true);
      p = sheet.evaluateAll(text, Map.copyOf(loans));
    } finally {
      loans.clear();
    }
    gradlab.symbolic.Expr value = sheet.last();
    int n = value == null ? results.nextJavaInPlace() : results.addMathInPlace(value);
    if (p == null) {
      return new Result(OptionalInt.of(n), "", null, null, List.of(), null);
    }
    String tex = p.texName().isEmpty() ? p.tex() : p.texName() + " = " + p.tex();
    String text = format == Worksheet.Format.UNICODE ? p.unicode() : p.in(format);
    text += javaNames.note(line, javaShell.variableNames(), sheet::defines);
    return new Result(OptionalInt.of(n), text, tex, null, List.of(), null);
  }
}
