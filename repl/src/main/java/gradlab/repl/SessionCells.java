package gradlab.repl;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A notebook cell in a {@link Session}: evaluated entry by entry, and its completions. */
final class SessionCells {
  private SessionCells() {}

  /**
   * Evaluates a cell: {@code %%py}, {@code %%js}, {@code %%java} or {@code %%math} on the first
   * line hand the rest to that language; otherwise the cell is split into entries by the
   * console's continuation rule and each is evaluated, stopping at the first error.
   *
   * @return one result per entry evaluated (the last is the cell's value)
   */
  static List<Result> evaluate(String cell, Function<String, Result> evaluate,
      JavaShell javaShell) {
    String magic = CellMagic.of(cell);
    if (magic != null) {
      String body = CellMagic.body(cell);
      return List.of(evaluate.apply(":" + magic + " " + body));
    }
    List<Result> out = new ArrayList<>();
    for (String entry : CellSplitter.entries(cell, javaShell)) {
      Result r = evaluate.apply(entry);
      out.add(r);
      if (r.isError()) {
        break;
      }
    }
    return out;
  }

  /**
   * Completions of the word before {@code cursor}: function names, the commands, the
   * definitions (when the worksheet has started) and Java's.
   */
  static CellCompleter.Completion complete(String code, int cursor, List<String> commands,
      Worksheet sheet, JavaShell javaShell) {
    List<String> names = new ArrayList<>(ConsoleCompleter.functionNames(
        SymbolicEngine.knownNames()));
    commands.forEach(c -> names.add(":" + c));
    if (sheet != null) {
      sheet.definitions().forEach(d -> names.add(d.name()));
    }
    return CellCompleter.complete(code, cursor, names, javaShell);
  }
}
