package gradlab.script;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControlProvider;

/**
 * Executes a {@code .jsh} file snippet by snippet in one JShell with local execution (the
 * snippets run in this JVM, sharing its one copy of Symja). The facade is imported first:
 * {@code import static gradlab.lab.Lab.*}. The script's arguments are in {@code String[] ARGS}.
 */
public final class ScriptRunner {
  public static final List<String> PRELUDE = List.of("import static gradlab.lab.Lab.*;",
      "import gradlab.lab.*;", "import gradlab.symbolic.*;", "import gradlab.plot.*;",
      "import java.util.*;", "import java.nio.file.*;");

  private final PrintStream out;
  private final PrintStream err;
  /** Set by {@link #evalSnippet} when JShell re-declared ARGS as a side effect. */
  private boolean argsRedeclared;

  public ScriptRunner(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the file to its end or to its first failing snippet.
   *
   * @return the failure, or empty when every snippet succeeded
   */
  public Optional<ScriptFailure> run(Path file, List<String> args) throws IOException {
    String source = Files.readString(file);
    String name = file.toString();
    try (JShell shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(),
        Map.of()).out(out).err(err)
        .compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
      for (String p : PRELUDE) {
        Optional<ScriptFailure> f = evalSnippet(shell, p, name, 0);
        if (f.isPresent()) {
          return f;
        }
      }
      String argv = args.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"")
          + "\"").collect(Collectors.joining(", "));
      String declareArgs = "java.lang.String[] ARGS = {" + argv + "};";
      evalSnippet(shell, declareArgs, name, 0);
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = source;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        int consumed = source.length() - remaining.length();
        String snippet = info.source();
        if (snippet == null || info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
          int line = lineOf(source, consumed + leadingBlank(remaining));
          return Optional.of(new ScriptFailure(name, line, remaining,
              "incomplete statement at end of file (missing ';' or '}'?)", null));
        }
        int line = lineOf(source, consumed + leadingBlank(remaining));
        Optional<ScriptFailure> f = evalSnippet(shell, snippet, name, line);
        if (argsRedeclared) {
          // JShell re-declares a variable when a later import might change its meaning (seen
          // with two star imports), and a re-declared variable starts out null
          argsRedeclared = false;
          evalSnippet(shell, "ARGS = new " + declareArgs.substring(0, declareArgs.indexOf(" ARGS"))
              + " {" + argv + "};", name, line);
        }
        out.flush();
        if (f.isPresent()) {
          return f;
        }
        remaining = info.remaining();
      }
      return Optional.empty();
    }
  }

  private Optional<ScriptFailure> evalSnippet(JShell shell, String snippet, String file,
      int line) {
    for (SnippetEvent e : shell.eval(snippet)) {
      if (e.causeSnippet() != null && e.snippet() instanceof jdk.jshell.VarSnippet v
          && v.name().equals("ARGS")) {
        argsRedeclared = true;
      }
      if (e.status() == Snippet.Status.REJECTED) {
        String diag = shell.diagnostics(e.snippet()).filter(Diag::isError)
            .map(d -> d.getMessage(java.util.Locale.ROOT)).findFirst().orElse("rejected");
        return Optional.of(new ScriptFailure(file, line, snippet, "error: " + diag, null));
      }
      if (e.exception() != null) {
        return Optional.of(new ScriptFailure(file, line, snippet, describe(e.exception()),
            stack(e.exception())));
      }
      if (e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
          || e.status() == Snippet.Status.RECOVERABLE_DEFINED) {
        String missing = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.snippet())
            .collect(Collectors.joining(", "));
        return Optional.of(new ScriptFailure(file, line, snippet,
            "error: cannot find symbol " + missing, null));
      }
    }
    return Optional.empty();
  }

  private static String describe(Throwable t) {
    String type = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass()
        .getName();
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return simple + ": " + t.getMessage();
  }

  private static String stack(Throwable t) {
    return java.util.Arrays.stream(t.getStackTrace()).map(s -> "    at " + s)
        .collect(Collectors.joining("\n"));
  }

  private static int leadingBlank(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lineOf(String source, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
