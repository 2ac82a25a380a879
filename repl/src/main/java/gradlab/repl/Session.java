package gradlab.repl;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * One working session for any front-end (the notebook kernel today): the symbolic engine, the
 * math definitions, the numbered results shared by math and Java, the JShell, the guest
 * languages, the output folder and the time limit. {@link #evaluate(String)} is the one cell
 * evaluator: {@code :command}, {@code ?name}, Java or math by the console's rule (see
 * {@link LineRouter}), each bounded by the engine's time limit, an exhausted heap reported as an
 * error with the session kept. Not thread-safe, except {@link #interrupt()}, which any thread
 * may call while an evaluation runs.
 */
public final class Session implements AutoCloseable {
  private final CompletableFuture<SymbolicEngine> engineReady;
  private final JavaShell javaShell = new JavaShell();
  private final Results results = new Results();
  private final GuestShells guests;
  private final MathCommands math;
  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final Path outputDir;
  private Worksheet sheet;
  private Throwable lastError;

  /**
   * @param engine ready now or later; the first evaluation waits for it
   * @param out where guest languages print (JShell prints to the process's standard output)
   * @param outputDir the folder plots are written to (watched for the plots of an entry)
   */
  public Session(CompletableFuture<SymbolicEngine> engine, PrintStream out, Path outputDir) {
    this.engineReady = engine;
    this.guests = new GuestShells(out, gradlab.polyglot.MemoryGuard.fourFifthsOfHeap());
    this.math = new MathCommands(this::engine, this::sheet);
    this.outputDir = outputDir;
    registerCommands();
  }

  private SymbolicEngine engine() {
    return engineReady.join();
  }

  /** The engine's time limit once it has started, else the default. */
  private java.time.Duration timeLimit() {
    return engineReady.isDone() ? engine().config().timeLimit()
        : java.time.Duration.ofSeconds(TimeLimit.DEFAULT_SECONDS);
  }

  private Worksheet sheet() {
    if (sheet == null) {
      sheet = new Worksheet(engine());
    }
    return sheet;
  }

  private void registerCommands() {
    add("help", "", "this list", a -> help());
    add("vars", "", "the named definitions of this session", a -> vars());
    add("check", "a = b = c", "check each step: proved, refuted with a point, or unknown",
        math::check);
    add("audit", "NAME", "check every gradient of a defined loss three ways", math::audit);
    add("java", "CODE", "evaluate Java", c -> javaShell.eval(c, results, sheet()));
    add("math", "EXPR", "evaluate as math even if it looks like Java", c -> math(c).text());
    add("js", "CODE", "evaluate JavaScript with the same 'lab'", c -> guests.eval("js", c, timeLimit()));
    add("py", "CODE", "evaluate Python with the same 'lab'", c -> guests.eval("python", c, timeLimit()));
    add("reset", "", "forget definitions, results and Java state", a -> reset());
    add("timeout", "SECONDS", "time limit of each evaluation", math::timeout);
    add("trace", "", "the stack trace of the last error", a -> MathCommands.trace(lastError));
    add("plot", "expr, var, from, to", "draw expr over [from, to]", math::plot);
  }

  private void add(String name, String usage, String help, Command.Action action) {
    commands.put(name, new Command(name, usage, help, action));
  }

  /** The names of the commands, for completion. */
  public List<String> commandNames() {
    return List.copyOf(commands.keySet());
  }

  /**
   * Evaluates a cell: {@code %%py}, {@code %%js}, {@code %%java} or {@code %%math} on the first
   * line hand the rest to that language; otherwise the cell is split into entries by the
   * console's continuation rule and each is evaluated, stopping at the first error.
   *
   * @return one result per entry evaluated (the last is the cell's value)
   */
  public List<Result> evaluateCell(String cell) {
    String magic = CellMagic.of(cell);
    if (magic != null) {
      String body = CellMagic.body(cell);
      return List.of(evaluate(":" + magic + " " + body));
    }
    List<Result> out = new ArrayList<>();
    for (String entry : CellSplitter.entries(cell, javaShell)) {
      Result r = evaluate(entry);
      out.add(r);
      if (r.isError()) {
        break;
      }
    }
    return out;
  }

  /** Evaluates one entry as the console does; never throws for bad input. */
  public Result evaluate(String entry) {
    PlotWatch plots = PlotWatch.snapshot(outputDir);
    Result r;
    try {
      String cmd = entry.strip();
      r = switch (LineRouter.route(cmd, math::parses, javaShell::unfinished)) {
        case COMMAND -> command(cmd);
        case DOCUMENTATION -> Result.text(Docs.lookup(cmd.substring(1)));
        case JAVA -> java(entry);
        case MATH -> math(entry);
      };
    } catch (RuntimeException e) {
      lastError = e;
      r = Result.failed(new Result.Failure(e.getClass().getSimpleName(), e.getMessage()));
    } catch (OutOfMemoryError e) {
      lastError = e;
      r = Result.failed(new Result.Failure("OutOfMemoryError", "out of memory; the result was "
          + "dropped and the session goes on (hint: a smaller expression, or :reset)"));
    }
    return r.withImages(plots.written());
  }

  private Result math(String line) {
    Worksheet.Printed p = sheet().evaluateAll(results.intoMath(line, javaShell));
    gradlab.symbolic.Expr value = sheet().last();
    int n = value == null ? results.nextJavaInPlace() : results.addMathInPlace(value.input());
    if (p == null) {
      return new Result(OptionalInt.of(n), "", null, null, List.of(), null);
    }
    String tex = p.texName().isEmpty() ? p.tex() : p.texName() + " = " + p.tex();
    return new Result(OptionalInt.of(n), p.unicode(), tex, null, List.of(), null);
  }

  /** Java is bounded like math: a watchdog stops the snippet at the engine's time limit. */
  private Result java(String source) {
    long ms = timeLimit().toMillis();
    var timedOut = new java.util.concurrent.atomic.AtomicBoolean();
    int before = results.count();
    String text = javaShell.evalWithin(source, results, sheet(), timeLimit(), timedOut);
    Result.Failure f = JavaFailure.of(text);
    if (text.endsWith(JavaShell.STOPPED)) {
      f = timedOut.get() ? new Result.Failure("TimeLimit", "Java stopped after " + ms + " ms "
          + "(time limit); hint: raise it with :timeout") : new Result.Failure("Interrupted",
          "Java evaluation interrupted; the state up to the stop is kept");
    }
    if (f != null) {
      return new Result(OptionalInt.empty(), JavaFailure.beforeError(text), null, null,
          List.of(), f);
    }
    OptionalInt n = results.count() > before ? OptionalInt.of(results.count())
        : OptionalInt.empty();
    return new Result(n, text, null, null, List.of(), null);
  }

  private Result command(String line) {
    int space = line.indexOf(' ');
    String name = (space < 0 ? line.substring(1) : line.substring(1, space)).toLowerCase(
        Locale.ROOT);
    String args = space < 0 ? "" : line.substring(space + 1).strip();
    switch (name) {
      case "check" -> {
        var report = math.checkReport(args);
        return new Result(OptionalInt.empty(), report.render(), null, ReportHtml.check(report),
            List.of(), null);
      }
      case "audit" -> {
        var report = math.auditReport(args);
        return new Result(OptionalInt.empty(), report.table(), null, ReportHtml.audit(report),
            List.of(), null);
      }
      case "math" -> {
        return math(args);
      }
      case "java" -> {
        return java(args);
      }
      default -> {
        Command c = commands.get(name);
        if (c == null) {
          return Result.failed(new Result.Failure("UnknownCommand", "unknown command :" + name
              + "; :help lists the commands"));
        }
        String text = c.action().run(args);
        return text.startsWith("error: ") && (name.equals("js") || name.equals("py"))
            ? Result.failed(new Result.Failure("GuestError", text.substring(7)))
            : Result.text(text);
      }
    }
  }

  /** Stops the evaluation in progress, math or Java; safe from any thread. */
  public void interrupt() {
    engineReady.thenAccept(SymbolicEngine::interrupt);
    javaShell.stop();
    guests.stop();
  }

  /** Completions of the word before {@code cursor}. */
  public CellCompleter.Completion complete(String code, int cursor) {
    List<String> names = new ArrayList<>(SymbolicEngine.knownNames());
    commands.keySet().forEach(c -> names.add(":" + c));
    if (sheet != null) {
      sheet.definitions().forEach(d -> names.add(d.name()));
    }
    return CellCompleter.complete(code, cursor, names, javaShell);
  }

  /**
   * Whether a cell is complete by the console's continuation rule; answers at once (before
   * the JShell has started, Java by its brackets).
   */
  public CellSplitter.Completeness isComplete(String code) {
    return CellSplitter.completeness(code, javaShell, false);
  }

  /** Starts the JShell on a background thread, so that the first Java cell does not wait. */
  public void warmUpInBackground() {
    Thread t = new Thread(javaShell::start, "jshell-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** The documentation of the name at {@code cursor} ({@code ?name}), if there is one. */
  public java.util.Optional<String> inspect(String code, int cursor) {
    String word = CellCompleter.wordAt(code, cursor);
    return word.isEmpty() ? java.util.Optional.empty() : Docs.find(word);
  }

  /** The number of results so far ({@code $N} of the latest). */
  public int resultCount() {
    return results.count();
  }

  private String reset() {
    if (sheet != null) {
      sheet.clearInPlace();
    }
    javaShell.close();
    results.clearInPlace();
    return "session reset";
  }

  private String help() {
    StringBuilder b = new StringBuilder("math statements; 'name = expr' defines a name; "
        + "diff(name, p) uses the chain rule through the definitions; %%py, %%js, %%java and "
        + "%%math on a cell's first line choose its language\n");
    commands.values().forEach(c -> b.append(String.format(Locale.ROOT, "  :%-22s %s%n",
        c.name() + (c.usage().isEmpty() ? "" : " " + c.usage()), c.help())));
    return b.toString();
  }

  private String vars() {
    StringBuilder b = new StringBuilder();
    sheet().definitions().forEach(d -> b.append("  ").append(d).append("\n"));
    return b.isEmpty() ? "(no definitions)" : b.toString();
  }

  @Override
  public void close() {
    guests.close();
    javaShell.close();
  }
}
