package gradlab.cli;

import gradlab.lab.Lab;
import gradlab.lab.Worksheet;
import gradlab.script.ScriptFailure;
import gradlab.script.ScriptRunner;
import gradlab.symbolic.EngineConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gradlab}: the REPL by default; {@code run FILE}, {@code eval EXPR}. */
@Command(name = "gradlab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A workbench for the mathematics of deep learning.%n"
        + "Without a command, starts the interactive console.",
    subcommands = {Main.Run.class, Main.Eval.class, Check.class, Audit.class, Bench.class,
        Jupyter.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  @Option(names = "--trace", description = "show stack traces of errors", scope =
      CommandLine.ScopeType.INHERIT)
  boolean trace;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit of each "
      + "evaluation, 1 to 86400 (default 30); with run, also of the whole script",
      scope = CommandLine.ScopeType.INHERIT)
  Long timeoutSeconds;

  @Option(names = "--allow-io", description = ".js/.py and the console's :js/:py: file access "
      + "outside the script's (or working) folder and the output folder", scope =
      CommandLine.ScopeType.INHERIT)
  boolean allowIo;

  @Option(names = "--allow-host", description = ".js/.py and :js/:py: Java classes by name",
      scope = CommandLine.ScopeType.INHERIT)
  boolean allowHost;

  gradlab.polyglot.Sandbox sandbox() {
    return new gradlab.polyglot.Sandbox(allowIo, allowHost);
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      // the console with default settings: picocli's reflective model of every subcommand
      // would cost 250 ms before the prompt
      System.exit(new Main().call());
    }
    if (args.length >= 2 && args[0].equals("jupyter") && args[1].equals("kernel")) {
      // the kernel answers kernel_info within 1.5 s of start: no picocli model either
      System.exit(gradlab.jupyter.KernelMain.run(java.util.Arrays.copyOfRange(args, 2,
          args.length)));
    }
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    // check --help printed "Missing required parameter: 'FILE'" before the usage: every
    // command takes -h/--help (and -V/--version) as the top level does
    withHelpOptions(cl);
    GuestOptions.removeFromMathOnly(cl);
    // everything after the script's name belongs to the script: run FILE --quick
    cl.getSubcommands().get("run").setStopAtPositional(true);
    // eval '-x^2 /. x -> 3': an expression that starts with a minus is not an unknown option
    for (String c : List.of("eval", "audit", "compile")) {
      if (cl.getSubcommands().containsKey(c)) {
        cl.getSubcommands().get(c).setUnmatchedOptionsArePositionalParams(true);
      }
    }
    // eval x + 1 or eval 'a' 'b': picocli said "Unmatched arguments from index 2" and its usage
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler((ex, given) -> {
      String name = ex.getCommandLine().getCommandName();
      if (ex instanceof CommandLine.UnmatchedArgumentException
          && List.of("eval", "audit", "compile").contains(name)) {
        err.println("error: " + name + " takes one expression, in quotes: gradlab " + name
            + " 'x^2 + 1' (several statements: 'x = 2; x^2 + 1')");
        return 2;
      }
      return usage.handleParseException(ex, given);
    });
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      Main root = line.getCommandSpec().root().userObject() instanceof Main m ? m : new Main();
      err.println(ErrorReport.describe(ex, root.trace));
      return 1;
    });
    // gradlab FILE.jsh, gradlab notes.md: what a file's ending says (FileShortcut)
    return cl.execute(FileShortcut.expand(args, cl.getSubcommands().keySet()));
  }

  private static void withHelpOptions(CommandLine cl) {
    cl.getSubcommands().forEach((name, sub) -> {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand)
          && !sub.getCommandSpec().mixinStandardHelpOptions()) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
      withHelpOptions(sub);
    });
  }

  /** The one session of this command line; see {@link #configure()}. */
  private gradlab.repl.Session session;

  /**
   * The session of this command line, created on the first call from the options (time limit,
   * sandbox) and the launcher's two settings ({@code -Dgradlab.out}, the output folder, default
   * {@code out}; {@code -Dgradlab.progress}, stdout is a terminal), which are read here and
   * nowhere else; it is made the one {@link Lab} shows. The console, scripts, the guest
   * languages and the commands all use it.
   */
  gradlab.repl.Session configure() {
    if (session == null) {
      EngineConfig config = EngineConfig.defaults().withTimeLimit(Duration.ofSeconds(
          timeoutSeconds == null ? gradlab.repl.TimeLimit.DEFAULT_SECONDS
          : gradlab.repl.TimeLimit.check("--timeout", timeoutSeconds)));
      java.nio.file.Path out = java.nio.file.Path.of(System.getProperty("gradlab.out", "out"));
      session = gradlab.repl.Session.starting(config, System.out, out,
          Boolean.getBoolean("gradlab.progress")).sandboxInPlace(sandbox());
      Lab.use(session.labView());
    }
    return session;
  }

  @Override
  public Integer call() {
    gradlab.repl.Session s = configure();
    String configured = System.getenv("GRADLAB_HOME");
    java.nio.file.Path home = configured != null && !configured.isBlank()
        ? java.nio.file.Path.of(configured)
        : java.nio.file.Path.of(System.getProperty("user.home"), ".gradlab");
    try {
      java.nio.file.Files.createDirectories(home);
    } catch (java.io.IOException e) {
      home = null;
    }
    boolean interactive = System.console() != null;
    // the prompt comes first: Symja starts in the background only once the terminal is set up,
    // so that the two do not compete for the cores while the person waits for the prompt; Java
    // starts after it (a student's first Java line had waited 90 s on a loaded machine)
    try (gradlab.repl.Console console = interactive
        ? gradlab.repl.Console.onSystemTerminal(s, home == null ? null
            : home.resolve("history"))
        : gradlab.repl.Console.overStreams(System.in, System.out, s, null)) {
      s.startEngineAndJavaInBackground();
      return console.run();
    }
  }

  /** {@code gradlab run FILE.jsh [ARGS…]}. */
  @Command(name = "run", description = "Run a script with the gradlab facade: .jsh (Java, with "
      + "import static gradlab.lab.Lab.*), .js or .py (GraalVM Polyglot, as the global 'lab').")
  static final class Run implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script (.jsh)")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "passed to the script as ARGS")
    List<String> args = List.of();

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        System.err.println("error: no such script: " + file);
        return 2;
      }
      boolean guest = gradlab.polyglot.PolyglotScripts.language(file).isPresent();
      if (!file.toString().endsWith(".jsh") && !guest) {
        System.err.println("error: cannot run " + file + ": scripts are .jsh, .js or .py");
        return 2;
      }
      parent.configure();
      if (guest) {
        gradlab.io.Utf8Files.read(file); // one line naming the byte, not MalformedInputException
      }
      Optional<ScriptFailure> failure;
      Duration limit = parent.timeoutSeconds == null ? null
          : Duration.ofSeconds(parent.timeoutSeconds);
      // guests stop themselves at the limit, with their line, counted from when the language
      // has started (GraalPy takes seconds); the deadline is only the backstop for them
      try (AutoCloseable deadline = limit == null ? () -> { } : ScriptDeadline.start(file,
          limit, guest ? Duration.ofSeconds(60) : Duration.ZERO)) {
        // a .jsh script's prints are bounded as a guest script's are (an endless loop of
        // System.out.println filled the terminal, user23)
        failure = guest ? gradlab.polyglot.PolyglotScripts.run(file, args, parent.sandbox(),
            limit, System.out, System.err)
            : gradlab.polyglot.BoundedOutput.systemStreamsDuring(
                gradlab.polyglot.BoundedOutput.LIMIT, () -> jsh(file, args));
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      System.out.flush();
      failure.ifPresent(f -> System.err.println(f.render(parent.trace)));
      return failure.isPresent() ? 1 : 0;
    }

    /**
     * A .jsh script; on a terminal (the session's progress setting) with a progress line that
     * the script's own output erases.
     */
    private static Optional<ScriptFailure> jsh(Path file, List<String> args) {
      try {
        return jshOnStreams(file, args);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static Optional<ScriptFailure> jshOnStreams(Path file, List<String> args)
        throws java.io.IOException {
      if (!Lab.context().progress()) {
        return new ScriptRunner(System.out, System.err).run(file, args);
      }
      var progress = new gradlab.script.TerminalProgress(System.out);
      PrintStream out = progress.wrap(System.out);
      PrintStream err = progress.wrap(System.err);
      PrintStream savedOut = System.out;
      PrintStream savedErr = System.err;
      System.setOut(out); // snippets run in this JVM and print to System.out
      System.setErr(err);
      try {
        return new ScriptRunner(out, err, progress).run(file, args);
      } finally {
        out.flush();
        System.setOut(savedOut);
        System.setErr(savedErr);
      }
    }
  }

  /** {@code gradlab eval 'EXPR' [--tex|--input]}. */
  @Command(name = "eval", description = "Evaluate math statements and print the last result.%n"
      + "Statements are separated by ';'; 'name = expr' defines a named intermediate, and "
      + "diff(name, p) then differentiates through the definitions by the chain rule.")
  static final class Eval implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(index = "0", paramLabel = "EXPR", description = "e.g. 'diff(sigma(w*x+b), b)'")
    String expression;

    @Option(names = "--tex", description = "print LaTeX")
    boolean tex;

    @Option(names = "--input", description = "print re-parsable input form")
    boolean input;

    @Override
    public Integer call() {
      gradlab.repl.Session session = parent.configure();
      session.formatInPlace(tex ? Worksheet.Format.TEX
          : input ? Worksheet.Format.INPUT : Worksheet.Format.UNICODE);
      // the console's evaluator, so that what is math and what is Java is the same everywhere
      gradlab.repl.Result r = session.evaluate(expression);
      if (r.isError()) {
        Throwable cause = session.lastError();
        System.err.println(cause != null ? ErrorReport.describe(cause, parent.trace)
            : r.error().line());
        return 1;
      }
      System.out.println(r.text());
      if (session.engineStarted()) {
        session.engine().drainNotes().forEach(n -> System.err.println("note: " + n));
      }
      return 0;
    }
  }

  /** Version from the jar manifest, or the development version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"gradlab " + (v == null ? "0.1.0-dev" : v) + " (Java "
          + Runtime.version() + ", Symja 3.0.0)"};
    }
  }
}
