package gradlab.repl;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A line-at-a-time math prompt over injected streams: each line is a worksheet statement;
 * {@code :tex} toggles LaTeX output, {@code :quit} or end of input leaves. Errors are printed
 * and the loop goes on.
 */
public final class MinimalRepl {
  private final BufferedReader in;
  private final PrintStream out;
  private final SymbolicEngine engine;

  public MinimalRepl(InputStream in, PrintStream out, SymbolicEngine engine) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
    this.engine = engine;
  }

  /** One sandboxed context per language, created on first use and kept for the session. */
  private final java.util.Map<String, org.graalvm.polyglot.Context> guests =
      new java.util.HashMap<>();

  private String guest(String language, String code) {
    try {
      org.graalvm.polyglot.Context c = guests.computeIfAbsent(language, l ->
          gradlab.polyglot.PolyglotScripts.context(l, gradlab.polyglot.Sandbox.strict(),
              java.nio.file.Path.of("").toAbsolutePath(), out, out));
      org.graalvm.polyglot.Value v = c.eval(language, code);
      return v.isNull() ? "" : v.isString() ? v.asString() : v.toString();
    } catch (org.graalvm.polyglot.PolyglotException e) {
      return "error: " + e.getMessage();
    }
  }

  private String audit(Worksheet sheet, String loss) {
    var defs = new gradlab.symbolic.Definitions(sheet.definitions());
    if (loss.isEmpty() || !defs.defines(loss)) {
      throw new IllegalArgumentException("':audit NAME' needs a defined loss; defined: "
          + defs.names());
    }
    return new gradlab.check.GradientAudit(engine).audit(defs, loss, java.util.List.of(), 10, 1)
        .table();
  }

  /** Runs until {@code :quit} or end of input; returns the exit status 0. */
  public int run() {
    Worksheet sheet = new Worksheet(engine);
    Worksheet.Format format = Worksheet.Format.UNICODE;
    out.println("gradlab — type math (diff(sigma(w*x+b), b)), :tex, :help or :quit");
    int n = 0;
    while (true) {
      out.print("gradlab> ");
      out.flush();
      String line;
      try {
        line = in.readLine();
      } catch (java.io.IOException e) {
        return 0;
      }
      if (line == null || line.strip().equals(":quit") || line.strip().equals(":q")) {
        guests.values().forEach(org.graalvm.polyglot.Context::close);
        return 0;
      }
      String cmd = line.strip();
      if (cmd.isEmpty()) {
        continue;
      }
      if (cmd.equals(":tex")) {
        format = format == Worksheet.Format.TEX ? Worksheet.Format.UNICODE : Worksheet.Format.TEX;
        out.println("output: " + format.name().toLowerCase(java.util.Locale.ROOT));
        continue;
      }
      if (cmd.equals(":help")) {
        out.println("math statements; 'name = expr' defines; diff(name, p) uses the chain rule;");
        out.println(":audit NAME checks every gradient of a defined loss three ways;");
        out.println(":check a = b = c checks each step (proved, refuted with a point, unknown);");
        out.println(":js CODE and :py CODE evaluate JavaScript or Python with the same 'lab'");
        continue;
      }
      if (cmd.startsWith(":js ") || cmd.startsWith(":py ")) {
        out.println(guest(cmd.startsWith(":js") ? "js" : "python", cmd.substring(4)));
        continue;
      }
      if (cmd.startsWith(":check")) {
        try {
          StringBuilder doc = new StringBuilder();
          sheet.definitions().forEach(d -> doc.append("let ").append(d.name()).append(" = ")
              .append(d.rhs().input()).append("\n"));
          doc.append(cmd.substring(":check".length()).strip()).append("\n");
          out.print(new gradlab.check.DocumentChecker(engine).checkText(":check",
              doc.toString()).render());
        } catch (RuntimeException e) {
          out.println("error: " + e.getMessage());
        }
        continue;
      }
      if (cmd.startsWith(":audit")) {
        try {
          out.print(audit(sheet, cmd.substring(":audit".length()).strip()));
        } catch (RuntimeException e) {
          out.println("error: " + e.getMessage());
        }
        continue;
      }
      try {
        String result = sheet.evaluate(line, format);
        out.println("$" + (++n) + " = " + result);
      } catch (RuntimeException e) {
        out.println("error: " + e.getMessage());
      }
    }
  }
}
