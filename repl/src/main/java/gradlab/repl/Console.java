package gradlab.repl;

import gradlab.lab.Worksheet;
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
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The math console on JLine: line editing, history saved after every entry, multi-line input
 * while brackets are open, completion, and a command table whose {@code :help} is generated.
 * Ctrl-C stops the evaluation in progress (the engine's {@code interrupt()}); at an empty prompt
 * it does not leave, Ctrl-D or {@code :quit} do. Java lines go to a persistent JShell (see
 * {@link LineRouter} for the rule). Built over injected streams for tests.
 */
public final class Console implements AutoCloseable {
  private final Terminal terminal;
  private final LineReader reader;
  private final PrintStream out;
  private final java.util.concurrent.CompletableFuture<SymbolicEngine> engineReady;
  private Worksheet sheet;
  private final GuestShells guests;
  private final JavaShell javaShell = new JavaShell();
  private final MathCommands math = new MathCommands(this::engine, this::sheet);
  private final Map<String, Command> commands = new LinkedHashMap<>();
  private Worksheet.Format format = Worksheet.Format.UNICODE;
  private final Results results = new Results();
  private final Autosave autosave;
  private final SessionLog log;
  private Throwable lastError;

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
    this.out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    this.autosave = history == null ? null : new Autosave(history.resolveSibling("sessions"),
        out);
    this.log = new SessionLog(autosave);
    this.guests = new GuestShells(out, gradlab.polyglot.MemoryGuard.fourFifthsOfHeap());
    registerCommands();
    ConsoleParser parser = new ConsoleParser(javaShell, math::parses);
    List<String> words = new ArrayList<>(SymbolicEngine.knownNames());
    commands.keySet().forEach(c -> words.add(":" + c));
    LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).parser(parser)
        .completer(new ConsoleCompleter(words, () -> sheet, javaShell))
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ...> ");
    if (history != null) {
      b.variable(LineReader.HISTORY_FILE, history).history(new HistoryFile(out));
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
      Terminal t;
      try {
        // naming the provider skips JLine's probing of the others, most of the start-up time;
        // JNI starts in 160 ms where FFM, which spins method handles, takes 290 ms
        t = TerminalBuilder.builder().system(true).provider("jni").build();
      } catch (IOException | RuntimeException | LinkageError e) {
        t = TerminalBuilder.builder().system(true).build();
      }
      return new Console(t, engine, history);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        math::check);
    add("audit", "NAME|EXPR", "check every gradient of a loss three ways", math::audit);
    add("java", "CODE", "evaluate Java (JShell; lines ending in ';' are Java anyway)",
        c -> javaShell.eval(c, results, sheet()));
    add("math", "EXPR", "evaluate as math even if it looks like Java",
        this::math);
    add("js", "CODE", "evaluate JavaScript with the same 'lab'",
        c -> guests.eval("js", c, timeLimit()));
    add("py", "CODE", "evaluate Python with the same 'lab'",
        c -> guests.eval("python", c, timeLimit()));
    add("save", "FILE", "write this session's entries to a file that :load replays",
        log::save);
    add("load", "FILE", "replay a saved session", this::load);
    add("last", "", "show what the last session left (its autosave)",
        a -> LastSession.show(autosave, javaShell::incomplete));
    add("restore", "", "replay what the last session left",
        a -> load(LastSession.file(autosave).toString()));
    add("reset", "", "forget definitions, results and Java state", a -> reset());
    add("timeout", "SECONDS", "time limit of each evaluation", math::timeout);
    add("trace", "", "the stack trace of the last error", a -> MathCommands.trace(lastError));
    add("plot", "expr, var, from, to", "write a PNG of expr over [from, to]",
        a -> math.plot(results.intoMath(a, javaShell)));
    add("quit", "", "leave (Ctrl-D also does)", a -> null);
  }

  private void add(String name, String usage, String help, Command.Action action) {
    commands.put(name, new Command(name, usage, help, action));
  }

  /** Reads and evaluates until :quit or end of input; returns the exit status 0. */
  public int run() {
    out.println("gradlab — type math (diff(sigma(w*x+b), b)), :help for commands, :quit to leave");
    if (autosave != null && !autosave.notice().isEmpty()) {
      out.println(autosave.notice());
    }
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
        guests.stop();
      });
      try {
        String result = entry(line);
        if (result != null && !result.isEmpty()) {
          out.println(result.endsWith("\n") ? result.substring(0, result.length() - 1)
              : result);
        }
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

  /**
   * Evaluates one entry as typed (a command, {@code ?name}, Java or math) and keeps it in the
   * session's log when it succeeded (a Java entry that JShell rejected is not kept).
   */
  private String entry(String line) {
    String cmd = line.strip();
    String result = switch (LineRouter.route(cmd, math::parses, javaShell::unfinished)) {
      case COMMAND -> command(cmd);
      case DOCUMENTATION -> Docs.lookup(cmd.substring(1));
      case JAVA -> java(line);
      case MATH -> math(line);
    };
    if (result == null || result.lines().noneMatch(l -> l.startsWith("error: "))) {
      log.recordInPlace(line);
    }
    return result;
  }

  /**
   * Evaluates a math line as the next numbered result, after putting in the values of the
   * {@code $N} and {@code $name} it mentions.
   */
  private String math(String line) {
    String text = sheet().evaluate(results.intoMath(line, javaShell), format);
    gradlab.symbolic.Expr value = sheet().last();
    int n = value == null ? results.nextJavaInPlace() : results.addMathInPlace(value.input());
    return "$" + n + " = " + text;
  }

  /** Java, and when Java rejects a line that parses as math, a hint naming :math. */
  private String java(String line) {
    String out = javaWithTimeLimit(line);
    return javaShell.lastRejected() ? LineRouter.explainRejection(line, out, math::parses) : out;
  }

  /** The engine's time limit once it has started, else the default. */
  private java.time.Duration timeLimit() {
    return engineReady.isDone() ? engine().config().timeLimit() : java.time.Duration.ofSeconds(
        TimeLimit.DEFAULT_SECONDS);
  }

  /** Widens the sandbox of :js and :py (the console's --allow-io and --allow-host). */
  public Console sandboxInPlace(gradlab.polyglot.Sandbox box) {
    guests.setSandboxInPlace(box);
    return this;
  }

  /** Java is bounded like math: a watchdog stops the snippet at the engine's time limit. */
  private String javaWithTimeLimit(String line) {
    return javaShell.evalWithin(line, results, sheet(), timeLimit(),
        new java.util.concurrent.atomic.AtomicBoolean());
  }

  /** Replays a file written by :save (or an autosave), each entry as if typed. */
  private String load(String file) {
    StringBuilder b = new StringBuilder();
    List<String> replay = SessionFile.read(Path.of(file), javaShell::incomplete);
    for (String e : replay) {
      String r = entry(e);
      if (r != null && !r.isEmpty()) {
        b.append(r.endsWith("\n") ? r : r + "\n");
      }
    }
    return b + "loaded " + replay.size() + " entries from " + file;
  }

  private String reset() {
    sheet().clearInPlace();
    javaShell.close();
    log.clearInPlace();
    results.clearInPlace();
    return "session reset";
  }

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
        + "diff(name, p) uses the chain rule through the definitions\n" + LineRouter.RULE);
    commands.values().forEach(c -> b.append(String.format(Locale.ROOT, "  :%-25s %s%n",
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
