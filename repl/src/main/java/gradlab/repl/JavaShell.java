package gradlab.repl;

import gradlab.script.ScriptRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControlProvider;

/**
 * Java in the console: one JShell (local execution, sharing this JVM's engine) whose state
 * persists across entries, with the facade imported. Created on first use. The rule for what is
 * Java: a line that ends with {@code ;} or {@code }}, or starts with a Java keyword or type
 * ({@code int}, {@code var}, {@code for}, {@code class}, {@code System.} …) or is a call of a
 * static method on a capitalised class ({@code Math.sqrt(2)}), or follows
 * {@code :java}. Output of {@code System.out} in snippets goes to the process's standard output.
 */
final class JavaShell implements AutoCloseable {
  private static final Pattern JAVA_START = Pattern.compile("^(int|long|double|float|boolean|"
      + "char|byte|short|var|String|void|class|record|interface|enum|import|public|private|"
      + "static|final|for|while|if|do|try|switch|return|new|throw)\\b|^System\\."
      + "|^[A-Z]\\w*\\.\\w+\\(");

  private JShell shell;

  static boolean looksLikeJava(String line) {
    String s = line.strip();
    return s.endsWith(";") || s.endsWith("}") || JAVA_START.matcher(s).find();
  }

  private JShell shell() {
    if (shell == null) {
      shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of())
          .compilerOptions("--class-path", System.getProperty("java.class.path")).build();
      ScriptRunner.PRELUDE.forEach(shell::eval);
    }
    return shell;
  }

  /** True while the Java text needs more lines (an open block, a missing semicolon …). */
  boolean incomplete(String source) {
    SourceCodeAnalysis.Completeness c = shell().sourceCodeAnalysis().analyzeCompletion(source)
        .completeness();
    return c == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE;
  }

  /** Evaluates every snippet of {@code source}; returns jshell-style lines (name ==> value). */
  String eval(String source) {
    List<String> lines = new ArrayList<>();
    String remaining = source;
    SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.source() == null) {
        lines.add("error: incomplete Java: " + remaining.strip());
        break;
      }
      for (SnippetEvent e : shell.eval(info.source())) {
        lines.add(describe(e));
      }
      remaining = info.remaining();
    }
    return String.join("\n", lines.stream().filter(l -> !l.isEmpty()).toList());
  }

  private String describe(SnippetEvent e) {
    if (e.status() == Snippet.Status.REJECTED) {
      return "error: " + shell.diagnostics(e.snippet()).filter(Diag::isError)
          .map(d -> d.getMessage(java.util.Locale.ROOT)).findFirst().orElse("rejected");
    }
    if (e.exception() != null) {
      String type = e.exception() instanceof jdk.jshell.EvalException ee
          ? ee.getExceptionClassName() : e.exception().getClass().getName();
      return "error: " + type.substring(type.lastIndexOf('.') + 1) + ": "
          + e.exception().getMessage();
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
    for (SourceCodeAnalysis.Suggestion s : shell().sourceCodeAnalysis().completionSuggestions(
        line, cursor, anchor)) {
      if (anchor[0] >= from) {
        out.add(line.substring(from, anchor[0]) + s.continuation());
      }
    }
    return out;
  }

  /** Stops the running snippet (Ctrl-C). */
  void stop() {
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
  }
}
