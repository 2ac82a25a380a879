package gradlab.repl;

import gradlab.check.DocumentChecker;
import gradlab.check.GradientAudit;
import gradlab.lab.Lab;
import gradlab.lab.Worksheet;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.SymbolicEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** The console's commands on the math session: :check, :audit, :plot, :timeout, :trace. */
final class MathCommands {
  private final Supplier<SymbolicEngine> engine;
  private final Supplier<Worksheet> sheet;
  private int plots;

  MathCommands(Supplier<SymbolicEngine> engine, Supplier<Worksheet> sheet) {
    this.engine = engine;
    this.sheet = sheet;
  }

  /** Checks a chain with the session's definitions as context. */
  String check(String chain) {
    StringBuilder doc = new StringBuilder();
    sheet.get().definitions().forEach(d -> doc.append("let ").append(d.name()).append(" = ")
        .append(d.rhs().input()).append("\n"));
    doc.append(chain).append("\n");
    // in the console a step may take as long as any evaluation (:timeout), not the 2 s of
    // `gradlab check`, which bounds a whole file
    return new DocumentChecker(engine.get(), engine.get().config().timeLimit()).checkText(
        ":check", doc.toString()).render();
  }

  /** Audits every gradient of a defined loss three ways. */
  String audit(String loss) {
    Definitions defs = new Definitions(sheet.get().definitions());
    if (loss.isEmpty() || !defs.defines(loss)) {
      throw new IllegalArgumentException("':audit NAME' needs a defined loss; defined: "
          + defs.names());
    }
    return new GradientAudit(engine.get()).audit(defs, loss, List.of(), 10, 1).table();
  }

  /** {@code expr, var, from, to}: a PNG in the output folder. */
  String plot(String args) {
    String[] p = args.split(",");
    if (p.length != 4) {
      throw new IllegalArgumentException(":plot needs 'expr, var, from, to', e.g. "
          + ":plot sigma(x), x, -6, 6");
    }
    String expr = p[0].strip();
    var fig = Lab.figure(expr, p[1].strip(), expr).withFunction(expr, Lab.fn(expr,
        p[1].strip()), Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()), 300);
    return "plot written: " + Lab.plot(fig, "plot-" + (++plots) + ".png");
  }

  String timeout(String seconds) {
    try {
      long s = Math.max(1, Long.parseLong(seconds.strip()));
      engine.get().setTimeLimitInPlace(Duration.ofSeconds(s));
      return "time limit: " + s + " s";
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(":timeout needs a number of seconds, got '" + seconds
          + "'");
    }
  }

  static String trace(Throwable lastError) {
    if (lastError == null) {
      return "(no error yet)";
    }
    StringWriter w = new StringWriter();
    lastError.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
