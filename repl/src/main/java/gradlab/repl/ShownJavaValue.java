package gradlab.repl;

import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Whether a Java entry is one expression whose value the console shows ({@code fd ==> 4},
 * {@code $3 ==> 3}): a session file writes it as {@code System.out.println(…);}, so that
 * {@code ./gradlab run} shows the value too; the bare {@code fd;} it wrote is no Java statement
 * and stopped the replay.
 */
final class ShownJavaValue {
  private ShownJavaValue() {}

  static boolean is(SourceCodeAnalysis analysis, String source) {
    String code = withoutSemicolon(source);
    if (code.isEmpty()) {
      return false;
    }
    List<Snippet> parsed = analysis.sourceToSnippets(code);
    if (parsed.size() != 1) {
      return false;
    }
    Snippet.SubKind kind = parsed.get(0).subKind();
    if (kind != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
        && kind != Snippet.SubKind.VAR_VALUE_SUBKIND) {
      return false;
    }
    String type = analysis.analyzeType(code, code.length());
    return type != null && !type.isEmpty() && !type.equals("void")
        && !type.equals("java.io.PrintStream");
  }

  /** The statement that prints the value of {@code source}, an expression. */
  static String printed(String source) {
    return "System.out.println(" + withoutSemicolon(source) + ");";
  }

  private static String withoutSemicolon(String source) {
    String s = source.strip();
    return s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
  }
}
