package gradlab.repl;

import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A snippet of {@link JavaShell} on its way in and out: an expression with a value becomes the
 * session's next result ({@code var $N = …}), and an event is shown as jshell shows it
 * ({@code name ==> value}, or the error).
 */
final class JavaSnippetText {
  private JavaSnippetText() {}

  /** {@code var $N = expr;} for an expression with a (non-void) value, else the snippet. */
  static String asResult(String snippet, SourceCodeAnalysis analysis, Results results) {
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

  /** See {@link JavaShell#needsSemicolon}. */
  static boolean needsSemicolon(SourceCodeAnalysis analysis, String source) {
    String remaining = source;
    while (true) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.remaining().isBlank() || info.source() == null) {
        return info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI;
      }
      remaining = info.remaining();
    }
  }

  /** An event as a line: {@code name ==> value}, the value, an error, or empty. */
  static String describe(JShell shell, SnippetEvent e) {
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
}
