package gradlab.script;

import gradlab.io.Utf8Files;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.LocalExecutionControlProvider;

/**
 * Executes a {@code .jsh} file snippet by snippet in one JShell with local execution (runs of
 * plain statements as one block, see {@link StatementBatch}; the
 * snippets run in this JVM, sharing its one copy of Symja). The facade is imported first:
 * {@code import static gradlab.lab.Lab.*}. The script's arguments are in {@code String[] ARGS}.
 */
public final class ScriptRunner {
  public static final List<String> PRELUDE = List.of("import static gradlab.lab.Lab.*;",
      "import gradlab.lab.*;", "import gradlab.symbolic.*;", "import gradlab.plot.*;",
      "import gradlab.tensor.*;", "import gradlab.autodiff.*;", "import gradlab.nn.*;",
      "import gradlab.optim.*;", "import gradlab.train.*;", "import gradlab.data.*;",
      "import java.util.*;", "import java.nio.file.*;");

  private final PrintStream out;
  private final PrintStream err;
  /** Set by {@link #evalSnippet} when JShell re-declared ARGS as a side effect. */
  private boolean argsRedeclared;

  private final ScriptProgress progress;
  /** The variable a block of statements sets to the line it is at (see StatementBatch). */
  private VarSnippet lineVariable;

  public ScriptRunner(PrintStream out, PrintStream err) {
    this(out, err, ScriptProgress.none());
  }

  /** @param progress told before each snippet where the script is */
  public ScriptRunner(PrintStream out, PrintStream err, ScriptProgress progress) {
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Runs the file to its end or to its first failing snippet.
   *
   * @return the failure, or empty when every snippet succeeded
   * @throws gradlab.io.NotUtf8Exception when the file is not UTF-8, naming the byte
   */
  public Optional<ScriptFailure> run(Path file, List<String> args) throws IOException {
    String source = Utf8Files.read(file);
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
      lineVariable = (VarSnippet) shell.eval("int " + StatementBatch.LINE + " = 0;").get(0)
          .snippet();
      SnippetSource snippets = new SnippetSource(shell.sourceCodeAnalysis(), source);
      int lines = snippets.lineCount();
      List<SnippetSource.Piece> batch = new ArrayList<>();
      int batchChars = 0;
      for (SnippetSource.Piece p = snippets.next(); ; p = snippets.next()) {
        boolean fits = p != null && !p.incomplete() && StatementBatch.fits(p.source());
        if (!batch.isEmpty() && (!fits || batch.size() >= StatementBatch.MAX_STATEMENTS
            || batchChars + p.source().length() > StatementBatch.MAX_CHARS)) {
          Optional<ScriptFailure> f = evalBatch(shell, batch, name);
          batch.clear();
          batchChars = 0;
          if (f.isPresent()) {
            return f;
          }
        }
        if (p == null) {
          return Optional.empty();
        }
        progress.at(name, p.line(), lines);
        if (p.incomplete()) {
          return Optional.of(new ScriptFailure(name, p.line(), p.source(),
              "incomplete statement at end of file (missing ';' or '}'?)", null));
        }
        if (fits) {
          batch.add(p);
          batchChars += p.source().length();
          continue;
        }
        Optional<ScriptFailure> f = evalSnippet(shell, p.source(), name, p.line());
        if (argsRedeclared) {
          // JShell re-declares a variable when a later import might change its meaning (seen
          // with two star imports), and a re-declared variable starts out null
          argsRedeclared = false;
          evalSnippet(shell, "ARGS = new " + declareArgs.substring(0, declareArgs.indexOf(" ARGS"))
              + " {" + argv + "};", name, p.line());
        }
        out.flush();
        if (f.isPresent()) {
          return f;
        }
      }
    } finally {
      progress.done();
    }
  }

  /**
   * Runs the statements as one block; when the block does not compile, each half on its own, so
   * that a compile error is reported by the snippet alone, at its line, as before.
   */
  private Optional<ScriptFailure> evalBatch(JShell shell, List<SnippetSource.Piece> pieces,
      String file) {
    if (pieces.size() == 1) {
      SnippetSource.Piece p = pieces.get(0);
      return evalSnippet(shell, p.source(), file, p.line());
    }
    List<SnippetEvent> events = shell.eval(StatementBatch.block(pieces));
    out.flush();
    SnippetEvent e = events.get(0);
    if (e.status() == Snippet.Status.REJECTED) {
      int half = pieces.size() / 2;
      Optional<ScriptFailure> f = evalBatch(shell, pieces.subList(0, half), file);
      return f.isPresent() ? f : evalBatch(shell, pieces.subList(half, pieces.size()), file);
    }
    if (e.exception() != null) {
      int line = Integer.parseInt(shell.varValue(lineVariable));
      String snippet = pieces.stream().filter(p -> p.line() == line).map(
          SnippetSource.Piece::source).findFirst().orElse("");
      return Optional.of(new ScriptFailure(file, line, snippet, describe(e.exception()),
          stack(e.exception())));
    }
    return Optional.empty();
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

  /**
   * Java's exceptions keep their class name (IllegalStateException: boom); gradlab's own say
   * what went wrong in words, after {@code error:} (a script saw "MathSyntaxException: syntax
   * error …", a class name a student cannot use).
   */
  private static String describe(Throwable t) {
    String type = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass()
        .getName();
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return (type.startsWith("gradlab.") ? "error" : simple) + ": " + t.getMessage();
  }

  private static String stack(Throwable t) {
    return java.util.Arrays.stream(t.getStackTrace()).map(s -> "    at " + s)
        .collect(Collectors.joining("\n"));
  }
}
