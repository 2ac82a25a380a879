package gradlab.repl;

import gradlab.check.DocumentChecker;
import gradlab.check.GradientAudit;
import gradlab.lab.Worksheet;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.SymbolicEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The math console on JLine: line editing, history saved after every entry, multi-line input
 * while brackets are open, completion, and a command table whose {@code :help} is generated.
 * Ctrl-C stops the evaluation in progress (the engine's {@code interrupt()}); at an empty prompt
 * it does not leave, Ctrl-D or {@code :quit} do. Java lines go to a persistent JShell (see
 * {@link JavaShell} for the rule). Built over injected streams for tests.
 */
public final class Console implements AutoCloseable {
  private final Terminal terminal;
  private final LineReader reader;
  private final PrintStream out;
  private final java.util.concurrent.CompletableFuture<SymbolicEngine> engineReady;
  private Worksheet sheet;
  private final GuestShells guests;
  private final JavaShell javaShell = new JavaShell();
  private final Map<String, Command> commands = new LinkedHashMap<>();
  private Worksheet.Format format = Worksheet.Format.UNICODE;
  private int results;
  private final List<String> entries = new ArrayList<>();
  private Throwable lastError;
  private final Path autosave;

  /**
   * @param history where to keep the history, or null for none
   */
  public Console(Terminal terminal, SymbolicEngine engine, Path history) {
    this(terminal, java.util.concurrent.CompletableFuture.completedFuture(engine), history);
  }

  /**
   * @param engine ready later: the prompt is shown at once and the first evaluation waits for
   *     the engine (about 2 s of Symja start-up happen while the person types)
   */
  public Console(Terminal terminal, java.util.concurrent.CompletableFuture<SymbolicEngine> engine,
      Path history) {
    this.terminal = terminal;
    this.engineReady = engine;
    this.autosave = history == null ? null : history.resolveSibling("autosave.txt");
    this.out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    this.guests = new GuestShells(out);
    registerCommands();
    DefaultParser parser = new DefaultParser() {
      // continue on the next line only while more brackets are open than closed; a stray
      // closing bracket is an error for the engine to report, not a reason to wait
      @Override
      public org.jline.reader.ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.startsWith(":")
            && JavaShell.looksLikeJava(line) && javaShell.incomplete(line)) {
          throw new org.jline.reader.EOFError(-1, -1, "incomplete Java", ";");
        }
        if (context == ParseContext.ACCEPT_LINE && openBrackets(line) > 0
            && !(line.strip().startsWith(":java") || JavaShell.looksLikeJava(line))) {
          throw new org.jline.reader.EOFError(-1, -1, "open brackets", "bracket");
        }
        return super.parse(line, cursor, context);
      }
    };
    List<String> words = new ArrayList<>(SymbolicEngine.knownNames());
    commands.keySet().forEach(c -> words.add(":" + c));
    LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).parser(parser)
        // function names are completed without the space JLine adds after a whole word
        .completer((r, parsed, candidates) -> words.forEach(w -> candidates.add(
            new org.jline.reader.Candidate(w, w, null, null, null, null, false))))
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ...> ");
    if (history != null) {
      b.variable(LineReader.HISTORY_FILE, history);
    }
    this.reader = b.build();
  }

  private SymbolicEngine engine() {
    return engineReady.join();
  }

  private Worksheet sheet() {
    if (sheet == null) {
      sheet = new Worksheet(engine());
    }
    return sheet;
  }

  /** A console on in-memory or piped streams (a dumb terminal). */
  public static Console overStreams(InputStream in, OutputStream out, SymbolicEngine engine,
      Path history) {
    return overStreams(in, out, java.util.concurrent.CompletableFuture.completedFuture(engine),
        history);
  }

  public static Console overStreams(InputStream in, OutputStream out,
      java.util.concurrent.CompletableFuture<SymbolicEngine> engine, Path history) {
    try {
      Terminal t = new org.jline.terminal.impl.DumbTerminal("gradlab", Terminal.TYPE_DUMB, in,
          out, StandardCharsets.UTF_8);
      t.echo(false);
      return new Console(t, engine, history);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console on the process's terminal. */
  public static Console onSystemTerminal(
      java.util.concurrent.CompletableFuture<SymbolicEngine> engine, Path history) {
    try {
      return new Console(TerminalBuilder.builder().system(true).build(), engine, history);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int openBrackets(String line) {
    int depth = 0;
    for (char c : line.toCharArray()) {
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
    }
    return depth;
  }

  private void registerCommands() {
    add("help", "", "this list", a -> help());
    add("tex", "", "print results as LaTeX", a -> setFormat(Worksheet.Format.TEX));
    add("input", "", "print results in re-parsable input form",
        a -> setFormat(Worksheet.Format.INPUT));
    add("unicode", "", "print results in Unicode maths (the default)",
        a -> setFormat(Worksheet.Format.UNICODE));
    add("vars", "", "the named definitions of this session", a -> vars());
    add("check", "a = b = c", "check each step: proved, refuted with a point, or unknown",
        this::check);
    add("audit", "NAME", "check every gradient of a defined loss three ways", this::audit);
    add("java", "CODE", "evaluate Java (JShell; lines ending in ';' are Java anyway)",
        javaShell::eval);
    add("math", "EXPR", "evaluate as math even if it looks like Java",
        e -> "$" + (++results) + " = " + sheet().evaluate(e, format));
    add("js", "CODE", "evaluate JavaScript with the same 'lab'", c -> guests.eval("js", c));
    add("py", "CODE", "evaluate Python with the same 'lab'", c -> guests.eval("python", c));
    add("save", "FILE", "write this session's entries to a file that :load replays",
        this::save);
    add("load", "FILE", "replay a saved session", this::load);
    add("reset", "", "forget definitions, results and Java state", a -> reset());
    add("timeout", "SECONDS", "time limit of each evaluation", this::timeout);
    add("trace", "", "the stack trace of the last error", a -> trace());
    add("plot", "expr, var, from, to", "write a PNG of expr over [from, to]", this::plot);
    add("quit", "", "leave (Ctrl-D also does)", a -> null);
  }

  private void add(String name, String usage, String help, Command.Action action) {
    commands.put(name, new Command(name, usage, help, action));
  }

  /** Reads and evaluates until :quit or end of input; returns the exit status 0. */
  public int run() {
    out.println("gradlab — type math (diff(sigma(w*x+b), b)), :help for commands, :quit to leave");
    while (true) {
      String line;
      try {
        line = reader.readLine("gradlab> ");
      } catch (UserInterruptException e) {
        out.println("(Ctrl-D or :quit to leave)");
        continue;
      } catch (EndOfFileException e) {
        return 0;
      }
      saveHistory();
      String cmd = line.strip();
      if (cmd.isEmpty()) {
        continue;
      }
      if (cmd.equals(":quit") || cmd.equals(":q")) {
        return 0;
      }
      Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
        engineReady.thenAccept(SymbolicEngine::interrupt);
        javaShell.stop();
      });
      try {
        String result;
        if (cmd.startsWith(":")) {
          result = command(cmd);
        } else if (cmd.startsWith("?")) {
          result = Docs.lookup(cmd.substring(1));
        } else if (JavaShell.looksLikeJava(cmd)) {
          result = javaWithTimeLimit(line);
        } else {
          result = "$" + (results + 1) + " = " + sheet().evaluate(line, format);
          results++;
        }
        if (result != null && !result.isEmpty()) {
          out.println(result.endsWith("\n") ? result.substring(0, result.length() - 1)
              : result);
        }
        record(line);
      } catch (RuntimeException e) {
        lastError = e;
        out.println("error: " + e.getMessage());
      } catch (OutOfMemoryError e) {
        lastError = e;
        out.println("error: out of memory; the result was dropped and the session goes on "
            + "(hint: a smaller expression, or :reset)");
      } finally {
        terminal.handle(Terminal.Signal.INT, previous);
      }
    }
  }

  /** Java is bounded like math: a watchdog stops the snippet at the engine's time limit. */
  private String javaWithTimeLimit(String line) {
    long ms = engineReady.isDone() ? engine().config().timeLimit().toMillis() : 30_000;
    var watchdog = java.util.concurrent.CompletableFuture.runAsync(javaShell::stop,
        java.util.concurrent.CompletableFuture.delayedExecutor(ms,
            java.util.concurrent.TimeUnit.MILLISECONDS));
    try {
      return javaShell.eval(line);
    } finally {
      watchdog.cancel(false);
    }
  }

  /** Keeps the entry for :save and writes the autosave file at once (it survives kill -9). */
  private void record(String line) {
    if (line.strip().startsWith(":") && !line.strip().startsWith(":java")
        && !line.strip().startsWith(":math")) {
      return;
    }
    entries.add(line);
    if (autosave != null) {
      try {
        java.nio.file.Files.writeString(autosave, String.join("\n", entries) + "\n");
      } catch (IOException e) {
        out.println("note: autosave failed: " + e.getMessage());
      }
    }
  }

  private static final String SHEET_LINE = "System.out.println(sheet.evaluate(";

  /** Writes the session as a .jsh script that {@code gradlab run} replays (and :load reads). */
  private String save(String file) {
    if (file.isEmpty()) {
      throw new IllegalArgumentException(":save needs a file name, e.g. :save session.jsh");
    }
    StringBuilder b = new StringBuilder("// gradlab console session; replay with "
        + "./gradlab run " + file + " or :load " + file + "\n"
        + "var sheet = new Worksheet(engine());\n");
    for (String e : entries) {
      b.append(JavaShell.looksLikeJava(e) ? e : SHEET_LINE + javaString(e)
          + ", Worksheet.Format.UNICODE));").append("\n");
    }
    try {
      java.nio.file.Files.writeString(Path.of(file), b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return "saved " + entries.size() + " entries to " + file;
  }

  private static String javaString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Replays a file written by :save (math lines and Java lines). */
  private String load(String file) {
    List<String> lines;
    try {
      lines = java.nio.file.Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    StringBuilder b = new StringBuilder();
    int replayed = 0;
    for (String l : lines) {
      if (l.isBlank() || l.startsWith("//") || l.startsWith("var sheet = new Worksheet")) {
        continue;
      }
      String math = l.startsWith(SHEET_LINE) ? unquote(l.substring(SHEET_LINE.length(),
          l.lastIndexOf(", Worksheet.Format"))) : null;
      String r = math == null ? javaShell.eval(l) : "$" + (++results) + " = "
          + sheet().evaluate(math, format);
      entries.add(math == null ? l : math);
      replayed++;
      if (!r.isEmpty()) {
        b.append(r).append("\n");
      }
    }
    return b + "loaded " + replayed + " entries from " + file;
  }

  private static String unquote(String literal) {
    String s = literal.strip();
    return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
  }

  private String reset() {
    sheet().clearInPlace();
    javaShell.close();
    entries.clear();
    results = 0;
    return "session reset";
  }

  private String timeout(String seconds) {
    try {
      long s = Long.parseLong(seconds.strip());
      engine().setTimeLimitInPlace(java.time.Duration.ofSeconds(Math.max(1, s)));
      return "time limit: " + Math.max(1, s) + " s";
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(":timeout needs a number of seconds, got '" + seconds
          + "'");
    }
  }

  private String trace() {
    if (lastError == null) {
      return "(no error yet)";
    }
    java.io.StringWriter w = new java.io.StringWriter();
    lastError.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }

  private String plot(String args) {
    String[] p = args.split(",");
    if (p.length != 4) {
      throw new IllegalArgumentException(":plot needs 'expr, var, from, to', e.g. "
          + ":plot sigma(x), x, -6, 6");
    }
    String expr = p[0].strip();
    var fig = gradlab.lab.Lab.figure(expr, p[1].strip(), expr).withFunction(expr,
        gradlab.lab.Lab.fn(expr, p[1].strip()), Double.parseDouble(p[2].strip()),
        Double.parseDouble(p[3].strip()), 300);
    return "plot written: " + gradlab.lab.Lab.plot(fig, "plot-" + (++plots) + ".png");
  }

  private int plots;

  private String command(String line) {
    int space = line.indexOf(' ');
    String name = (space < 0 ? line.substring(1) : line.substring(1, space)).toLowerCase(
        Locale.ROOT);
    String args = space < 0 ? "" : line.substring(space + 1).strip();
    Command c = commands.get(name);
    if (c == null) {
      return "error: unknown command :" + name + "; :help lists the commands";
    }
    return c.action().run(args);
  }

  private String help() {
    StringBuilder b = new StringBuilder("math statements; 'name = expr' defines a name; "
        + "diff(name, p) uses the chain rule through the definitions\n");
    commands.values().forEach(c -> b.append(String.format(Locale.ROOT, "  :%-22s %s%n",
        c.name() + (c.usage().isEmpty() ? "" : " " + c.usage()), c.help())));
    return b.toString();
  }

  private String setFormat(Worksheet.Format f) {
    format = f;
    return "output: " + f.name().toLowerCase(Locale.ROOT);
  }

  private String vars() {
    StringBuilder b = new StringBuilder();
    sheet().definitions().forEach(d -> b.append("  ").append(d).append("\n"));
    return b.isEmpty() ? "(no definitions)" : b.toString();
  }

  private String check(String chain) {
    StringBuilder doc = new StringBuilder();
    sheet().definitions().forEach(d -> doc.append("let ").append(d.name()).append(" = ")
        .append(d.rhs().input()).append("\n"));
    doc.append(chain).append("\n");
    return new DocumentChecker(engine()).checkText(":check", doc.toString()).render();
  }

  private String audit(String loss) {
    Definitions defs = new Definitions(sheet().definitions());
    if (loss.isEmpty() || !defs.defines(loss)) {
      throw new IllegalArgumentException("':audit NAME' needs a defined loss; defined: "
          + defs.names());
    }
    return new GradientAudit(engine()).audit(defs, loss, List.of(), 10, 1).table();
  }

  private void saveHistory() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      out.println("note: history not saved: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    guests.close();
    javaShell.close();
    try {
      terminal.close();
    } catch (IOException ignored) {
      // nothing to flush on a closed terminal
    }
  }
}
