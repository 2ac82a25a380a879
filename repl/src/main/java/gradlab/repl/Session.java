package gradlab.repl;

import gradlab.lab.GradeBook;
import gradlab.lab.Lab;
import gradlab.lab.ScriptContext;
import gradlab.lab.Worksheet;
import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * One working session, created once by the command line and handed to every front-end (the
 * console, the notebook kernel, {@code eval}, scripts and the commands): the symbolic engine,
 * the math definitions, the numbered results shared by math and Java, the JShell, the guest
 * languages, the output folder, the grade book, the progress setting and the time limit.
 * {@link #evaluate(String)} is the one cell evaluator: {@code :command}, {@code ?name}, Java or
 * math by one rule (see {@link LineRouter}), each bounded by the engine's time limit, an
 * exhausted heap reported as an error with the session kept. While it runs, the session is what
 * the static facade {@link Lab} sees ({@link #labView()}). Not thread-safe, except
 * {@link #interrupt()}, which any thread may call while an evaluation runs.
 */
public final class Session implements AutoCloseable {
  private final EngineStart engineStart;
  private final JavaShell javaShell = new JavaShell();
  private final Results results = new Results();
  private final GuestShells guests;
  /** Java values lent to the math line being evaluated, by their name in the line. */
  private final Map<String, Object> loans = new java.util.HashMap<>();
  /** Java variable names a math line has used as symbols, each noted once. */
  private final java.util.Set<String> notedJavaNames = new java.util.HashSet<>();
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
        new gradlab.lab.MathValues() {
          @Override
          public java.util.Optional<gradlab.symbolic.Expr> find(String reference) {
            return mathValue(reference);
          }

          @Override
          public void lendInPlace(String name, Object value) {
            loans.put(Results.lentName(name), value);
          }
        });
    registerCommands();
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
  private java.time.Duration timeLimit() {
    return engineStart.isReady() ? engine().config().timeLimit()
        : java.time.Duration.ofSeconds(TimeLimit.DEFAULT_SECONDS);
  }

  private Worksheet sheet() {
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

  private void registerCommands() {
    add("help", "", "this list", a -> commands.help());
    add("tex", "", "print results as LaTeX", a -> setFormat(Worksheet.Format.TEX));
    add("input", "", "print results in re-parsable input form",
        a -> setFormat(Worksheet.Format.INPUT));
    add("unicode", "", "print results in Unicode maths (the default)",
        a -> setFormat(Worksheet.Format.UNICODE));
    add("vars", "", "the named definitions of this session", a -> vars());
    add("check", "a = b = c|FILE", "check each step (or a derivation file's): proved, "
        + "refuted with a point, or unknown",
        math::check);
    add("audit", "NAME|EXPR", "check every gradient of a loss three ways", math::audit);
    add("java", "CODE", "evaluate Java (JShell; lines ending in ';' are Java anyway)",
        c -> javaShell.eval(c, results, sheet()));
    add("math", "EXPR", "evaluate as math even if it looks like Java", c -> math(c).text());
    add("js", "CODE", "evaluate JavaScript with the same 'lab'",
        c -> guests.eval("js", c, timeLimit()));
    add("py", "CODE", "evaluate Python with the same 'lab'",
        c -> guests.eval("python", c, timeLimit()));
    add("forget", "NAME …", "forget these names' definitions (x = 3, f(x) = …)", this::forget);
    add("reset", "", "forget definitions, results and Java state", a -> reset());
    add("timeout", "SECONDS", "time limit of each evaluation", math::timeout);
    add("trace", "", "the stack trace of the last error", a -> MathCommands.trace(lastError));
    add("plot", "expr, var, from, to", "draw expr over [from, to] (a PNG in the output folder)",
        a -> math.plot(results.intoMath(a, javaShell)));
  }

  private void add(String name, String usage, String help, Command.Action action) {
    commands.addInPlace(name, usage, help, action);
  }

  /**
   * Adds a front-end's own command to the table ({@code :save} in the console), or replaces
   * the session's command of that name, keeping its place in {@code :help}.
   */
  void addCommandInPlace(String name, String usage, String help, Command.Action action) {
    add(name, usage, help, action);
  }

  /** The names of the commands, for completion. */
  public List<String> commandNames() {
    return commands.names();
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

  /** The entry as a session file keeps it, for {@code ./gradlab run} ({@link ReplayableEntry}). */
  public String replayable(String entry) {
    String cmd = entry.strip();
    if (cmd.startsWith(":math ") || cmd.startsWith(":java ")) {
      String body = cmd.substring(6);
      return cmd.substring(0, 6) + (cmd.startsWith(":math") ? ReplayableEntry.math(body, results,
          javaShell) : ReplayableEntry.java(body, javaShell, results));
    }
    if (cmd.startsWith(":plot ")) { // $N as its value, which a replay numbers otherwise
      return ":plot " + ReplayableEntry.math(cmd.substring(6), results, javaShell);
    }
    if (cmd.startsWith(":") || cmd.startsWith("?")) {
      return entry;
    }
    return switch (LineRouter.route(cmd, math::parses, javaShell::unfinished)) {
      case JAVA -> ReplayableEntry.java(entry, javaShell, results);
      case MATH -> bareJavaName(cmd) ? ReplayableEntry.java(cmd, javaShell, results)
          : ReplayableEntry.math(entry, results, javaShell);
      default -> entry;
    };
  }

  /** A name alone that math does not define and Java has as a variable ({@link BareJavaName}). */
  private boolean bareJavaName(String line) {
    return BareJavaName.isJavas(line, n -> sheet().defines(n), javaShell.variableNames());
  }

  /**
   * {@code ?name}: the math documentation; for a console command's name ({@code ?check}), and
   * where math has none, the command and the Java method or class of that name
   * ({@code ?audit}, {@code ?Tensor}).
   */
  private String documentation(String name) {
    String key = name.startsWith(":") ? name.substring(1) : name;
    String math = Docs.lookup(key);
    boolean command = commands.helpOf(key).isPresent() && key.equals(key.toLowerCase(
        java.util.Locale.ROOT)); // ?check is the command, not the library's Check
    if (key.isEmpty() || !command && !math.startsWith("no documentation")) {
      return math;
    }
    List<String> parts = new ArrayList<>();
    commands.helpOf(key).ifPresent(parts::add);
    FacadeDocs.lookup(key).ifPresent(parts::add);
    return parts.isEmpty() ? math : String.join("\n", parts);
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
            case COMMAND -> command(cmd);
            case DOCUMENTATION -> Result.text(documentation(cmd.substring(1).strip()));
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

  private Result math(String line) {
    Worksheet.Printed p;
    loans.clear();
    try {
      // $name of a Java variable crosses as the object itself (lent through Lab), not as text
      String text = results.intoMath(line, javaShell, true);
      p = sheet().evaluateAll(text, Map.copyOf(loans));
    } finally {
      loans.clear();
    }
    gradlab.symbolic.Expr value = sheet().last();
    int n = value == null ? results.nextJavaInPlace() : results.addMathInPlace(value);
    if (p == null) {
      return new Result(OptionalInt.of(n), "", null, null, List.of(), null);
    }
    String tex = p.texName().isEmpty() ? p.tex() : p.texName() + " = " + p.tex();
    String text = format == Worksheet.Format.UNICODE ? p.unicode() : p.in(format);
    String shadowed = javaNameUsedAsMath(line);
    if (shadowed != null) {
      text += "\nnote: " + shadowed + " is also a Java variable; math and Java names are "
          + "separate, so here " + shadowed + " is a symbol (write $" + shadowed
          + " for the Java value)";
    }
    return new Result(OptionalInt.of(n), text, tex, null, List.of(), null);
  }

  /** A name in a math line that math leaves a symbol but that Java has as a variable. */
  private String javaNameUsedAsMath(String line) {
    java.util.Set<String> javaNames = javaShell.variableNames();
    if (javaNames.isEmpty()) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(?<![$\\w])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(])").matcher(line);
    while (m.find()) {
      String name = m.group(1);
      if (javaNames.contains(name) && !sheet().defines(name) && notedJavaNames.add(name)) {
        return name; // once per name and session: a notebook using a symbol a says it once
      }
    }
    return null;
  }

  /** Java is bounded like math: a watchdog stops the snippet at the engine's time limit. */
  private Result java(String source) {
    return JavaEntry.evaluate(javaShell, results, sheet(), timeLimit(), echoStatements,
        math::parses, source);
  }

  private Result command(String line) {
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
      case "math" -> math(args);
      case "java" -> java(args);
      default -> commands.run(name, args);
    };
  }

  /** {@code $N} or a definition's value, for Java ({@link Lab#value}). */
  private java.util.Optional<gradlab.symbolic.Expr> mathValue(String reference) {
    if (reference.matches("\\$\\d+")) {
      return results.mathValue(Integer.parseInt(reference.substring(1)));
    }
    return sheet == null ? java.util.Optional.empty() : sheet.definitions().stream()
        .filter(d -> d.name().equals(reference)).map(d -> d.rhs()).findFirst();
  }

  /** Stops the evaluation in progress, math or Java; safe from any thread. */
  public void interrupt() {
    engineStart.whenReady(SymbolicEngine::interrupt);
    javaShell.stop();
    guests.stop();
  }

  /** Completions of the word before {@code cursor}. */
  public CellCompleter.Completion complete(String code, int cursor) {
    List<String> names = new ArrayList<>(ConsoleCompleter.functionNames(
        SymbolicEngine.knownNames()));
    commands.names().forEach(c -> names.add(":" + c));
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

  /** Forgets the named definitions ({@code :forget x f}); says which names had none. */
  String forget(String names) {
    List<String> given = java.util.Arrays.stream(names.split("[\\s,]+"))
        .filter(n -> !n.isEmpty()).toList();
    if (given.isEmpty()) {
      return "usage: :forget NAME … (e.g. :forget x f); :reset forgets everything";
    }
    List<String> unknown = given.stream().filter(n -> !sheet().forgetInPlace(n)).toList();
    List<String> done = given.stream().filter(n -> !unknown.contains(n)).toList();
    return (done.isEmpty() ? "" : "forgot " + String.join(", ", done))
        + (done.isEmpty() || unknown.isEmpty() ? "" : "; ")
        + (unknown.isEmpty() ? "" : String.join(", ", unknown) + (unknown.size() == 1
        ? " has" : " have") + " no definition (:vars lists them)");
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

  private String setFormat(Worksheet.Format f) {
    format = f;
    return "output: " + f.name().toLowerCase(Locale.ROOT);
  }

  private String vars() {
    StringBuilder b = new StringBuilder();
    sheet().definitions().forEach(d -> b.append("  ").append(d).append("\n"));
    sheet().functionDefinitions().forEach(f -> b.append("  ").append(f).append("\n"));
    return b.isEmpty() ? "(no definitions)" : b.toString();
  }

  @Override
  public void close() {
    guests.close();
    javaShell.close();
  }
}
