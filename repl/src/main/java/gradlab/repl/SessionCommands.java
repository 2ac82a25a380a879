package gradlab.repl;

import gradlab.lab.Worksheet;
import java.util.List;
import java.util.OptionalInt;

/**
 * A session's {@code :commands}: the table {@code :help} lists, and how a command line runs
 * ({@code :check} and {@code :audit} with their HTML for notebooks).
 */
final class SessionCommands {
  private SessionCommands() {}

  /** Puts the session's commands into its table. Mutates {@code table}. */
  static void registerInPlace(Session s, CommandTable table, MathCommands math,
      GuestShells guests) {
    table.addInPlace("help", "", "this list", a -> table.help());
    table.addInPlace("tex", "", "print results as LaTeX",
        a -> s.setFormat(Worksheet.Format.TEX));
    table.addInPlace("input", "", "print results in re-parsable input form",
        a -> s.setFormat(Worksheet.Format.INPUT));
    table.addInPlace("unicode", "", "print results in Unicode maths (the default)",
        a -> s.setFormat(Worksheet.Format.UNICODE));
    table.addInPlace("vars", "", "the named definitions of this session",
        a -> DefinitionCommands.vars(s.sheet()));
    table.addInPlace("check", "a = b = c|FILE", "check each step (or a derivation file's): "
        + "proved, refuted with a point, or unknown", math::check);
    table.addInPlace("audit", "NAME|EXPR", "check every gradient of a loss three ways",
        math::audit);
    table.addInPlace("java", "CODE", "evaluate Java (JShell; lines ending in ';' are Java "
        + "anyway)", c -> s.javaShell().eval(c, s.results(), s.sheet()));
    table.addInPlace("math", "EXPR", "evaluate as math even if it looks like Java",
        c -> s.math(c).text());
    table.addInPlace("js", "CODE", "evaluate JavaScript with the same 'lab'",
        c -> guests.eval("js", c, s.timeLimit()));
    table.addInPlace("py", "CODE", "evaluate Python with the same 'lab'",
        c -> guests.eval("python", c, s.timeLimit()));
    table.addInPlace("forget", "NAME …", "forget these names' definitions (x = 3, f(x) = …) "
        + "and Java variables", a -> DefinitionCommands.forget(a, s.sheet(),
            s.javaShell()::dropInPlace));
    table.addInPlace("reset", "", "forget definitions, results and Java state",
        a -> s.reset());
    table.addInPlace("timeout", "SECONDS", "time limit of each evaluation", math::timeout);
    table.addInPlace("trace", "", "the stack trace of the last error",
        a -> MathCommands.trace(s.lastError()));
    table.addInPlace("plot", "expr, var, from, to",
        "draw expr over [from, to] (a PNG in the output folder); also: expr from a to b",
        a -> math.plot(s.results().intoMath(a, s.javaShell())));
  }

  /** Runs a command line ({@code :name args}) of the session. */
  static Result run(String line, Session s, CommandTable table, MathCommands math) {
    String name = CommandTable.name(line);
    String args = CommandTable.args(line);
    return switch (name) {
      case "check" -> {
        var report = math.checkReport(args);
        yield new Result(OptionalInt.empty(), report.render(), null, ReportHtml.check(report),
            List.of(), null);
      }
      case "audit" -> {
        var report = math.auditReport(args);
        yield new Result(OptionalInt.empty(), report.table(), null, ReportHtml.audit(report),
            List.of(), null);
      }
      case "math" -> s.math(args);
      case "java" -> s.java(args);
      default -> table.run(name, args);
    };
  }
}
