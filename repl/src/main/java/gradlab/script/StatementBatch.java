package gradlab.script;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Consecutive statements of a script run as one block, compiled once. JShell compiles each
 * snippet on its own (tens of ms), and every expression statement also becomes a temporary
 * variable {@code $N} that each later compilation imports, so a long script slowed down line by
 * line. A block of plain statements declares nothing at top level, so running it as one snippet
 * changes nothing the script can see, except the unused {@code $N} temporaries. Declarations
 * never go in a batch. Before each statement the block sets {@link #LINE} so that an exception
 * is reported at its own line.
 */
final class StatementBatch {
  /** The variable the block sets to the line of the statement about to run. */
  static final String LINE = "gradlab$line";
  /** The most statements in one block: a block compiles to one method, limited to 64 KiB. */
  static final int MAX_STATEMENTS = 1000;
  static final int MAX_CHARS = 40_000;

  /**
   * Statements that cannot declare anything at top level: control statements, blocks, and
   * expression statements that start with a name followed by a call, an index or an
   * assignment ({@code acc += x;}, {@code System.out.println(x);}, {@code a[i] = 2;}). A
   * declaration such as {@code int[] a = …} or {@code Foo x = …} never matches; what does not
   * match simply runs on its own.
   */
  private static final Pattern STATEMENT = Pattern.compile("^(?:(?:if|for|while|do|switch|try|"
      + "throw|synchronized)\\b|\\{|\\+\\+|--|(?!(?:int|long|double|float|boolean|char|byte|short"
      + "|var|void|new|return|yield|record|enum|class|interface|import|final|static|public"
      + "|private|protected|abstract|sealed|non)\\b)[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$]"
      + "[\\w$]*)*\\s*(?:\\((?![^)]*\\)\\s*\\{)|\\[(?!\\s*\\])|=(?!=)|(?:[-+*/%&|^]|<<|>>>?)=|\\+\\+"
      + "|--))");

  /** The expression-statement part of {@link #STATEMENT}: a name, then a call or assignment. */
  private static final Pattern EXPRESSION_STATEMENT = Pattern.compile("^(?!(?:int|long|double|"
      + "float|boolean|char|byte|short|var|void|new|return|yield|record|enum|class|interface"
      + "|import|final|static|public|private|protected|abstract|sealed|non|if|for|while|do"
      + "|switch|try|throw|synchronized|else|case|default|assert|break|continue)\\b)"
      + "[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*\\s*(?:\\((?![^)]*\\)\\s*\\{)"
      + "|\\[(?!\\s*\\])|=(?!=)|(?:[-+*/%&|^]|<<|>>>?)=|\\+\\+|--)");

  private StatementBatch() {}

  /** True for {@code name(…)}, {@code name = …}, {@code a.b[i] += …}, {@code i++} and the like. */
  static boolean isExpressionStatement(String snippet) {
    return EXPRESSION_STATEMENT.matcher(snippet.stripLeading()).find();
  }

  /** True when the snippet can run inside a block without changing what it declares. */
  static boolean fits(String snippet) {
    return STATEMENT.matcher(snippet.stripLeading()).find();
  }

  /** The block that runs the pieces in order, setting {@link #LINE} before each. */
  static String block(List<SnippetSource.Piece> pieces) {
    StringBuilder b = new StringBuilder("{\n");
    for (SnippetSource.Piece p : pieces) {
      b.append(LINE).append(" = ").append(p.line()).append(";\n").append(p.source())
          .append("\n");
    }
    return b.append("}").toString();
  }
}
