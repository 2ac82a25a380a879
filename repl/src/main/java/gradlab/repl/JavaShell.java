package gradlab.repl;

import gradlab.script.ScriptRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Java in the console: one JShell (local execution, sharing this JVM's engine, guarded by
 * {@link ExitGuard} so that System.exit cannot end the console) whose state persists across
 * entries, with the facade imported; created on first use. Which lines come here is
 * {@link LineRouter}'s rule; {@code System.out} of snippets goes to the process's output. Its
 * parts: {@link JavaSnippetText}, {@link JavaVariables}, {@link JavaCompletions}.
 */
final class JavaShell implements AutoCloseable {
  private static final Pattern DOLLAR = Pattern.compile("\\$(\\d+)");
  private static final Pattern MISSING = Pattern.compile("symbol:\\s+variable\\s+(\\w+)");
  private JShell shell;
  /** Set by {@link #stop()}: JShell reports a stopped snippet as if it had succeeded. */
  private volatile boolean stopped;
  /** Math results already declared in this JShell. */
  private final java.util.Set<Integer> bridged = new java.util.HashSet<>();
  /** Whether Java rejected (did not compile) a snippet of the last {@link #eval}. */
  private boolean rejected;
  /** The math definitions the last {@link #eval} declared in Java: name, value's input form. */
  private final Map<String, String> declaredNow = new java.util.LinkedHashMap<>();

  /**
   * Whether the line has a Java signal ({@link LineRouter#javaSignal}); a line without one that
   * ends in {@code }} is Java only when it does not parse as math ({@link LineRouter#route}).
   */
  static boolean looksLikeJava(String line) {
    return LineRouter.javaSignal(line).isPresent();
  }

  /**
   * Synchronised: a front-end may start the JShell on another thread ahead of use. Started on a
   * thread of its own ({@link Shielded}), so that an interrupt of the caller cannot break it.
   */
  private synchronized JShell shell() {
    if (shell == null) {
      shell = Shielded.call(() -> {
        JShell s = JShell.builder().executionEngine(new ExitGuard.Provider(), Map.of())
            .compilerOptions("--class-path", System.getProperty("java.class.path")).build();
        ScriptRunner.PRELUDE.forEach(s::eval);
        return s;
      });
    }
    return shell;
  }

  /** Starts the JShell now if it has not started (so that a time limit does not count it). */
  void start() {
    shell();
  }

  /**
   * Evaluates {@code source} within {@code limit}, not counting JShell's own start-up. At the
   * limit the snippet is stopped, and the stop is repeated every 250 ms until the evaluation
   * returns: a stop that arrives while JShell is still compiling the snippet is otherwise lost,
   * and a loop would then run for ever.
   *
   * @param timedOut set when the limit was reached (Modified)
   * @param echoStatements whether a snippet ending in {@code ;} shows its value (see
   *     {@link #eval(String, Results, gradlab.lab.Worksheet, boolean)})
   */
  String evalWithin(String source, Results results, gradlab.lab.Worksheet sheet,
      java.time.Duration limit, java.util.concurrent.atomic.AtomicBoolean timedOut,
      boolean echoStatements) {
    start();
    var watchdog = WATCHDOG.scheduleAtFixedRate(() -> {
      timedOut.set(true);
      stop();
    }, limit.toMillis(), 250, java.util.concurrent.TimeUnit.MILLISECONDS);
    try {
      return eval(source, results, sheet, echoStatements);
    } finally {
      watchdog.cancel(false);
    }
  }

  /** Stateless: it only runs the stops that {@link #evalWithin} schedules. */
  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gradlab-java-watchdog");
        t.setDaemon(true);
        return t;
      });

  /** Whether the JShell has started (its analysis is then quick). */
  synchronized boolean started() {
    return shell != null;
  }

  /**
   * True while the Java text needs more lines (an open block, a missing semicolon …). The line
   * editor asks while it reads, where Ctrl-C interrupts its thread: the analysis runs
   * {@link Shielded}.
   */
  boolean incomplete(String source) {
    return completeness(source) == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE;
  }

  /**
   * True unless JShell calls the text a complete snippet (also for {@code if(x > 0, 1, 0)},
   * which it considers incomplete and whose snippet analysis does not end).
   */
  boolean unfinished(String source) {
    return !completeness(source).isComplete();
  }

  /**
   * Whether the last snippet of the text is complete only with a closing {@code ;} that it
   * lacks ({@code double[] xs = {1.0, 2.0}}, which the console runs as typed but a script does
   * not), never for a block ({@code for (…) { … }}) or a declaration of a method or class.
   */
  boolean needsSemicolon(String source) {
    return Shielded.call(() -> JavaSnippetText.needsSemicolon(shell().sourceCodeAnalysis(),
        source));
  }

  /** Whether the text is one expression whose value the console shows ({@link ShownJavaValue}). */
  boolean showsValue(String source) {
    return Shielded.call(() -> ShownJavaValue.is(shell().sourceCodeAnalysis(), source));
  }

  private SourceCodeAnalysis.Completeness completeness(String source) {
    return Shielded.call(() -> shell().sourceCodeAnalysis().analyzeCompletion(source)
        .completeness());
  }

  /**
   * Evaluates every snippet of {@code source}; returns jshell-style lines (name ==> value). An
   * expression with a value becomes the session's next result, {@code var $N = …}, so that
   * results of math and Java share one numbering (JShell's own {@code $N} temporaries never
   * arise). Before a snippet runs, each math result {@code $N} it mentions is declared as an
   * {@code Expr}; a name JShell cannot find that is a definition of {@code sheet} is declared
   * too, and the snippet tried again.
   */
  String eval(String source, Results results, gradlab.lab.Worksheet sheet) {
    return eval(source, results, sheet, true);
  }

  /**
   * As {@link #eval(String, Results, gradlab.lab.Worksheet)}; without {@code echoStatements}, a
   * snippet written with a closing {@code ;} (a declaration, a statement, an expression) shows
   * no value, only its errors, as in IJava: {@code double h = 0.5;} is silent and {@code h * 2}
   * shows {@code $N ==> 1.0}.
   */
  String eval(String source, Results results, gradlab.lab.Worksheet sheet,
      boolean echoStatements) {
    List<String> lines = new ArrayList<>();
    rejected = false;
    stopped = false;
    declaredNow.clear();
    String remaining = source;
    SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.source() == null) {
        rejected = true;
        lines.add("error: incomplete Java: " + remaining.strip());
        break;
      }
      bridgeMathResults(info.source(), results);
      List<SnippetEvent> events = shell.eval(JavaSnippetText.asResult(info.source(), analysis, results));
      if (sheet != null && bridgeDefinition(events, sheet)) {
        events = shell.eval(JavaSnippetText.asResult(info.source(), analysis, results));
      }
      String written = remaining.substring(0, remaining.length() - info.remaining().length());
      boolean quiet = !echoStatements && written.strip().endsWith(";");
      for (SnippetEvent e : events) {
        rejected |= e.status() == Snippet.Status.REJECTED;
        String d = JavaSnippetText.describe(shell, e);
        lines.add(quiet && !d.startsWith("error: ") ? "" : d);
      }
      if (stopped) {
        lines.add(STOPPED);
        break;
      }
      remaining = info.remaining();
    }
    return String.join("\n", lines.stream().filter(l -> !l.isEmpty()).toList());
  }

  /**
   * The math definitions that the last {@link #eval} declared as Java variables because its
   * snippet used them by name ({@code C.input()} after the math line {@code C = …}), each with
   * its value's input form, in the order declared.
   */
  Map<String, String> definitionsDeclaredByLastEval() {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(declaredNow));
  }

  /** Whether Java rejected a snippet of the last {@link #eval} (it did not compile). */
  boolean lastRejected() {
    return rejected;
  }

  private void bridgeMathResults(String snippet, Results results) {
    Matcher m = DOLLAR.matcher(snippet);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (!bridged.contains(n)) {
        results.mathValue(n).ifPresent(value -> {
          // the object itself, through the session's view (Lab.value), not its text re-parsed
          shell.eval("gradlab.symbolic.Expr $" + n + " = gradlab.lab.Lab.value(\"$" + n
              + "\");");
          bridged.add(n);
        });
      }
    }
  }

  /** Declares a math definition JShell reported missing; true if one was declared. */
  private boolean bridgeDefinition(List<SnippetEvent> events, gradlab.lab.Worksheet sheet) {
    for (SnippetEvent e : events) {
      if (e.status() != Snippet.Status.REJECTED) {
        continue;
      }
      for (Diag d : shell.diagnostics(e.snippet()).toList()) {
        Matcher m = MISSING.matcher(d.getMessage(java.util.Locale.ROOT));
        if (m.find()) {
          var def = sheet.definitions().stream().filter(x -> x.name().equals(m.group(1)))
              .findFirst();
          if (def.isPresent()) {
            shell.eval("gradlab.symbolic.Expr " + m.group(1) + " = gradlab.lab.Lab.value("
                + quote(m.group(1)) + ");");
            declaredNow.put(m.group(1), def.get().rhs().readableInput());
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The names of the Java variables declared so far (none before the first Java entry). */
  synchronized java.util.Set<String> variableNames() {
    return shell == null ? java.util.Set.of() : JavaVariables.names(shell);
  }

  /** Drops the Java variable {@code name} ({@link JavaVariables#dropInPlace}); false if none. */
  synchronized boolean dropInPlace(String name) {
    return shell != null && JavaVariables.dropInPlace(shell, name);
  }

  /** Lends a variable's value to the math line ({@link JavaVariables#lend}); false if none. */
  synchronized boolean lend(String variable) {
    return shell != null && JavaVariables.lend(shell, variable);
  }

  /** A variable's value in input form ({@link JavaVariables#inputForm}); empty if none. */
  java.util.Optional<String> inputForm(String variable) {
    return shell == null ? java.util.Optional.empty() : JavaVariables.inputForm(shell, variable);
  }

  /**
   * JShell's completions at {@code cursor}, each as the text that replaces
   * {@code line[from, cursor)} ({@link JavaCompletions}).
   */
  List<String> complete(String line, int cursor, int from) {
    return JavaCompletions.at(shell().sourceCodeAnalysis(), line, cursor, from);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The line {@link #eval} ends with when a snippet was stopped. */
  static final String STOPPED = "error: stopped; the Java state up to the stop is kept";

  /** Stops the running snippet (Ctrl-C); its entry ends with {@link #STOPPED}. */
  void stop() {
    stopped = true;
    if (shell != null) {
      shell.stop();
    }
  }

  /** Closes the JShell; the next Java entry starts a fresh one (this is :reset for Java). */
  @Override
  public void close() {
    if (shell != null) {
      shell.close();
      shell = null;
    }
    bridged.clear();
  }
}
