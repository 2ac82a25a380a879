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
 * {@link ExitGuard} so that System.exit cannot end the console) whose state persists across entries, with the facade imported. Created on first use. Which lines come here is
 * {@link LineRouter}'s rule. Output of {@code System.out} in snippets goes to the process's
 * standard output.
 */
final class JavaShell implements AutoCloseable {
  private static final Pattern DOLLAR = Pattern.compile("\\$(\\d+)");
  private static final Pattern MISSING = Pattern.compile("symbol:\\s+variable\\s+(\\w+)");
  /** The variable that carries a value's input form out of JShell (see {@link #inputForm}). */
  private static final String INPUT_FORM = "gradlab_inputForm";
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
    return Shielded.call(() -> {
      SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
      String remaining = source;
      while (true) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.remaining().isBlank() || info.source() == null) {
          return info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI;
        }
        remaining = info.remaining();
      }
    });
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
      List<SnippetEvent> events = shell.eval(asResult(info.source(), analysis, results));
      if (sheet != null && bridgeDefinition(events, sheet)) {
        events = shell.eval(asResult(info.source(), analysis, results));
      }
      String written = remaining.substring(0, remaining.length() - info.remaining().length());
      boolean quiet = !echoStatements && written.strip().endsWith(";");
      for (SnippetEvent e : events) {
        rejected |= e.status() == Snippet.Status.REJECTED;
        String d = describe(e);
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

  /** {@code var $N = expr;} for an expression with a (non-void) value, else the snippet. */
  private static String asResult(String snippet, SourceCodeAnalysis analysis, Results results) {
    List<Snippet> parsed = analysis.sourceToSnippets(snippet);
    if (parsed.size() != 1
        || parsed.get(0).subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      return snippet;
    }
    String code = snippet.strip();
    code = code.endsWith(";") ? code.substring(0, code.length() - 1) : code;
    String type = analysis.analyzeType(code, code.length());
    if (type == null || type.isEmpty() || type.equals("void")) {
      return snippet;
    }
    if (type.equals("java.io.PrintStream")) {
      // printf and format return their stream: run it as a statement, with no result to show
      return "{ " + code + "; }";
    }
    return "var $" + results.nextJavaInPlace() + " = " + code + ";";
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
    if (shell == null) {
      return java.util.Set.of();
    }
    return shell.variables().filter(v -> shell.status(v).isActive())
        .map(jdk.jshell.VarSnippet::name).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * Lends a Java variable's value (a number or an Expr) to the math line as the object itself
   * ({@link gradlab.lab.Lab#lendToMath}); false when there is no such variable.
   *
   * @throws IllegalArgumentException when the variable holds something else
   */
  synchronized boolean lend(String variable) {
    if (shell == null || shell.variables().noneMatch(v -> v.name().equals(variable))) {
      return false;
    }
    for (SnippetEvent e : shell.eval("gradlab.lab.Lab.lendToMath(" + quote(variable) + ", "
        + variable + ");")) {
      if (e.exception() != null) {
        throw new IllegalArgumentException(variable + ": " + e.exception().getMessage());
      }
    }
    return true;
  }

  /**
   * The input form of a Java variable's value (a number or an Expr), or empty when there is no
   * such variable.
   *
   * @throws IllegalArgumentException when the variable holds something else
   */
  java.util.Optional<String> inputForm(String variable) {
    if (shell == null || shell.variables().noneMatch(v -> v.name().equals(variable))) {
      return java.util.Optional.empty();
    }
    // a declaration, not an expression: an expression would leave a JShell temporary $<id>
    // behind, which a later $N in math would find instead of "no such result"
    for (SnippetEvent e : shell.eval("java.lang.String " + INPUT_FORM + " = "
        + "gradlab.lab.Lab.inputForm(" + variable + ");")) {
      if (e.exception() != null) {
        throw new IllegalArgumentException(variable + ": " + e.exception().getMessage());
      }
      if (e.value() != null && e.value().length() >= 2) {
        String v = e.value();
        return java.util.Optional.of(v.substring(1, v.length() - 1).replace("\\\"", "\"")
            .replace("\\\\", "\\"));
      }
    }
    return java.util.Optional.empty();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String describe(SnippetEvent e) {
    if (e.status() == Snippet.Status.REJECTED) {
      return "error: " + shell.diagnostics(e.snippet()).filter(Diag::isError)
          .map(d -> d.getMessage(java.util.Locale.ROOT)).findFirst().orElse("rejected");
    }
    if (e.exception() != null) {
      String type = e.exception() instanceof jdk.jshell.EvalException ee
          ? ee.getExceptionClassName() : e.exception().getClass().getName();
      // a refusal (System.exit) is said in its own words, without Java's class name (user23)
      return "error: " + (type.equals("java.lang.SecurityException") ? ""
          : type.substring(type.lastIndexOf('.') + 1) + ": ") + e.exception().getMessage();
    }
    if (e.value() == null || e.causeSnippet() != null) {
      return "";
    }
    String name = switch (e.snippet()) {
      case jdk.jshell.VarSnippet v -> v.name();
      default -> "";
    };
    return name.isEmpty() ? e.value() : name + " ==> " + e.value();
  }

  /**
   * JShell's completions at {@code cursor}, each as the text that replaces
   * {@code line[from, cursor)}.
   */
  List<String> complete(String line, int cursor, int from) {
    int[] anchor = new int[1];
    List<String> out = new ArrayList<>();
    List<SourceCodeAnalysis.Suggestion> all = shell().sourceCodeAnalysis().completionSuggestions(
        line, cursor, anchor);
    // an argument not begun (Tensor.of(|): JShell offers every name there is; only those of
    // the parameter's type are sensible, and nothing when none is
    boolean argument = anchor[0] == cursor && line.substring(0, cursor).stripTrailing()
        .matches("(?s).*[(,]");
    for (SourceCodeAnalysis.Suggestion s : all) {
      if (anchor[0] >= from && (!argument || s.matchesType())) {
        out.add(line.substring(from, anchor[0]) + s.continuation());
      }
    }
    return out;
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
