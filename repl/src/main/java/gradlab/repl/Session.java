package gradlab.repl;

import gradlab.lab.GradeBook;
import gradlab.lab.Lab;
import gradlab.lab.ScriptContext;
import gradlab.lab.Worksheet;
import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One working session, handed to every front-end (console, notebook kernel, {@code eval},
 * scripts, commands): the engine, the math definitions, the results numbered across math and
 * Java, the JShell, the guest languages, the output folder, the grades, progress and time limit.
 * {@link #evaluate(String)} is the one cell evaluator: {@code :command}, {@code ?name}, Java or
 * math by one rule ({@link LineRouter}), bounded by the time limit, an exhausted heap an error
 * that keeps the session; while it runs, {@link Lab} sees the session ({@link #labView()}).
 * Parts: {@link SessionCommands}, {@link MathEntry}, {@link JavaEntry}, {@link SessionCells}.
 * Not thread-safe, except {@link #interrupt()}, which any thread may call during an evaluation.
 */
public final class Session implements AutoCloseable {
  private final EngineStart engineStart;
  private final JavaShell javaShell = new JavaShell();
  private final Results results = new Results();
  private final GuestShells guests;
  /** Java values lent to the math line being evaluated, by their name in the line. */
  private final Map<String, Object> loans = new java.util.HashMap<>();
  /** Java variable names a math line has used as symbols, each noted once. */
  private final JavaNameNote javaNames = new JavaNameNote();
  private final MathCommands math;
  private final CommandTable commands = new CommandTable();
  private final ScriptContext lab;
  private Worksheet.Format format = Worksheet.Format.UNICODE;
  private boolean echoStatements = true;
  private Worksheet sheet;
  private Throwable lastError;

  /**
   * @param engine ready now or later; the first evaluation waits for it
   * @param out where guest languages print (JShell prints to the process's standard output)
   * @param outputDir the folder plots are written to (watched for the plots of an entry)
   */
  public Session(CompletableFuture<SymbolicEngine> engine, PrintStream out, Path outputDir) {
    this(new EngineStart(engine), out, outputDir, false);
  }

  private Session(EngineStart engine, PrintStream out, Path outputDir, boolean progress) {
    this.engineStart = engine;
    this.guests = new GuestShells(out, gradlab.polyglot.MemoryGuard.forGuests());
    this.math = new MathCommands(this::engine, this::sheet);
    this.lab = new ScriptContext(this::engine, outputDir, new GradeBook(), progress,
        new SessionMathValues(results, this::sheetIfStarted, loans));
    SessionCommands.registerInPlace(this, commands, math, guests);
  }

  /**
   * A session whose engine starts with {@code config} when {@link #startEngineInBackground}
   * says so, or when first needed.
   *
   * @param progress whether training draws a progress bar (standard output is a terminal)
   */
  public static Session starting(EngineConfig config, PrintStream out, Path outputDir,
      boolean progress) {
    return new Session(new EngineStart(config), out, outputDir, progress);
  }

  /** Starts the engine on a background thread (the console: while the person types). */
  public void startEngineInBackground() {
    engineStart.startInBackground(() -> { });
  }

  /**
   * Starts the engine on a background thread and then the JShell (the kernel, after its first
   * reply), one after the other so that they do not compete for the cores.
   */
  public void startEngineAndJavaInBackground() {
    engineStart.startInBackground(this::warmUpInBackground);
  }

  /** Whether the engine has started (its notes, for example, can then be read). */
  public boolean engineStarted() {
    return engineStart.isReady();
  }

  /** How math results are printed in {@link Result#text()} ({@code :tex}, {@code --tex}). */
  public Session formatInPlace(Worksheet.Format f) {
    this.format = f;
    return this;
  }

  /** The session's engine, started now if nobody started it. */
  public SymbolicEngine engine() {
    return engineStart.get();
  }

  /** The engine's time limit once it has started, else the default. */
  java.time.Duration timeLimit() {
    return engineStart.isReady() ? engine().config().timeLimit()
        : java.time.Duration.ofSeconds(TimeLimit.DEFAULT_SECONDS);
  }

  Worksheet sheet() {
    if (sheet == null) {
      sheet = new Worksheet(engine());
    }
    return sheet;
  }

  /** The worksheet if a math entry has started it, else null (completion does not start it). */
  Worksheet sheetIfStarted() {
    return sheet;
  }

  JavaShell javaShell() {
    return javaShell;
  }

  Results results() {
    return results;
  }

  /** Whether the engine's parser accepts the line as math (the routing rule asks). */
  boolean parses(String line) {
    return math.parses(line);
  }

  /**
   * What scripts see of this session through {@link Lab}: its engine, output folder, grade
   * book and progress setting. A front-end that runs a script installs it with {@link Lab#use}.
   */
  public ScriptContext labView() {
    return lab;
  }

  /** Widens the sandbox of :js and :py (the console's --allow-io and --allow-host). */
  public Session sandboxInPlace(gradlab.polyglot.Sandbox box) {
    guests.setSandboxInPlace(box);
    return this;
  }

  /**
   * Whether a Java statement or declaration that ends in {@code ;} shows its value
  * ({@code x ==> 2}): yes in the console, no in a notebook, where an expression without
   * {@code ;} shows its value (as IJava does).
   */
  public Session echoStatementsInPlace(boolean echo) {
    this.echoStatements = echo;
    return this;
  }

  /** The error behind the last failed entry (its stack for {@code :trace}), or null. */
  public Throwable lastError() {
    return lastError;
  }

  /**
   * Adds a front-end's own command to the table ({@code :save} in the console), or replaces
   * the session's command of that name, keeping its place in {@code :help}.
   */
  void addCommandInPlace(String name, String usage, String help, Command.Action action) {
    commands.addInPlace(name, usage, help, action);
  }

  /** The names of the commands, for completion. */
  public List<String> commandNames() {
    return commands.names();
  }

  /**
   * Evaluates a cell ({@link SessionCells#evaluate}): a magic's language, or entry by entry.
   *
   * @return one result per entry evaluated (the last is the cell's value)
   */
  public List<Result> evaluateCell(String cell) {
    return SessionCells.evaluate(cell, this::evaluate, javaShell);
  }

  /** The entry as a session file keeps it, for {@code ./gradlab run} ({@link ReplayableEntry}). */
  public String replayable(String entry) {
    return ReplayableEntry.of(entry, javaShell, results, math::parses, this::bareJavaName);
  }

  /** A name alone that math does not define and Java has as a variable ({@link BareJavaName}). */
  private boolean bareJavaName(String line) {
    return BareJavaName.isJavas(line, n -> sheet().defines(n), javaShell.variableNames());
  }

  /** Evaluates one entry as the console does; never throws for bad input. */
  public Result evaluate(String entry) {
    PlotWatch plots = PlotWatch.snapshot(lab.outputDir());
    Result r;
    ScriptContext before = Lab.use(lab);
    try {
      String cmd = entry.strip();
      Optional<String> bare = PythonHabits.bareWord(cmd);
      r = bare.isPresent() ? Result.text(bare.get())
          : switch (LineRouter.route(cmd, math::parses, javaShell::unfinished)) {
            case COMMAND -> SessionCommands.run(cmd, this, commands, math);
            case DOCUMENTATION -> Result.text(
                SessionDocumentation.of(cmd.substring(1).strip(), commands));
            case JAVA -> java(entry);
            case MATH -> bareJavaName(cmd) ? java(cmd) : math(entry);
          };
    } catch (RuntimeException e) {
      lastError = e;
      r = Result.failed(JavaOnlyNames.failure(entry, e).orElseGet(() -> new Result.Failure(
          e.getClass().getSimpleName(), e.getMessage())));
    } catch (OutOfMemoryError e) {
      lastError = e;
      r = Result.failed(new Result.Failure("OutOfMemoryError", "out of memory; the result was "
          + "dropped and the session goes on (hint: a smaller expression, or :reset)"));
    } finally {
      Lab.use(before);
    }
    if (r.isError() && !entry.strip().startsWith(":")) {
      r = new Result(r.number(), r.text(), r.latex(), r.html(), r.images(),
          r.error().withHint(PythonHabits.hint(entry)));
    }
    return r.withImages(plots.written());
  }

  /** A math entry ({@link MathEntry}). */
  Result math(String line) {
    return MathEntry.evaluate(sheet(), results, javaShell, loans, format, javaNames, line);
  }

  /** Java is bounded like math: a watchdog stops the snippet at the engine's time limit. */
  Result java(String source) {
    return JavaEntry.evaluate(javaShell, results, sheet(), timeLimit(), echoStatements,
        math::parses, source);
  }

  /** Stops the evaluation in progress, math or Java; safe from any thread. */
  public void interrupt() {
    engineStart.whenReady(SymbolicEngine::interrupt);
    javaShell.stop();
    guests.stop();
  }

  /** Completions of the word before {@code cursor}. */
  public CellCompleter.Completion complete(String code, int cursor) {
    return SessionCells.complete(code, cursor, commands.names(), sheet, javaShell);
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

  /** Forgets definitions, results, grades and Java state ({@code :reset}). */
  String reset() {
    if (sheet != null) {
      sheet.clearInPlace();
    }
    javaShell.close();
    results.clearInPlace();
    lab.grades().clearInPlace();
    return "session reset";
  }

  String setFormat(Worksheet.Format f) {
    format = f;
    return "output: " + f.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    guests.close();
    javaShell.close();
  }
}
