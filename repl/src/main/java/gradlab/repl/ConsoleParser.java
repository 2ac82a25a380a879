package gradlab.repl;

import java.util.function.Predicate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;

/**
 * When an entry continues on the next line: Java while JShell calls it incomplete, math while
 * more brackets are open than closed, until an empty line. A stray closing bracket is an error for the engine to
 * report, not a reason to wait (JLine's own bracket rule waits). A single line with its brackets
 * closed that parses as math does not wait for Java ({@code if(x > 0, 1, 0)}, Symja's If, which
 * JShell calls an incomplete if statement): {@link LineRouter} sends it to math. Ctrl-C while
 * JShell analyses the line (its first start takes seconds) discards the entry.
 */
final class ConsoleParser extends DefaultParser {
  /**
   * The continuation prompts (JLine puts the EOFError's "missing" text in the secondary prompt):
   * a student in an unclosed bracket did not know how to get out, so math's says it.
   */
  static final String MATH_CONTINUES = "   ... (an empty line ends it, Ctrl-C discards it)";
  static final String JAVA_CONTINUES = "   ...";
  private final JavaShell java;
  private final Predicate<String> parsesAsMath;

  ConsoleParser(JavaShell java, Predicate<String> parsesAsMath) {
    this.java = java;
    this.parsesAsMath = parsesAsMath;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.SECONDARY_PROMPT && !line.startsWith(":")) {
      // what the continuation prompt says; no JShell analysis on every redisplay
      throw new EOFError(-1, -1, "continues", JavaShell.looksLikeJava(line) ? JAVA_CONTINUES
          : MATH_CONTINUES);
    }
    if (context == ParseContext.ACCEPT_LINE && !line.startsWith(":")) {
      boolean isJava = JavaShell.looksLikeJava(line);
      boolean incomplete = isJava && java.incomplete(line);
      if (Thread.interrupted()) { // Ctrl-C while Java started or analysed the line
        throw new UserInterruptException(line);
      }
      if (incomplete && !wholeMathLine(line)) {
        throw new EOFError(-1, -1, "incomplete Java", JAVA_CONTINUES);
      }
      if (!isJava && openBrackets(line) > 0 && !endsWithEmptyLine(line)) {
        throw new EOFError(-1, -1, "open brackets", MATH_CONTINUES);
      }
    }
    return super.parse(line, cursor, context);
  }

  /**
   * An empty line ends a math entry whose brackets are still open, and the engine says which
   * bracket is missing (after sigmoid(2 a student's next nine lines were swallowed).
   */
  private static boolean endsWithEmptyLine(String line) {
    int last = line.lastIndexOf('\n');
    return last >= 0 && line.substring(last + 1).isBlank();
  }

  private boolean wholeMathLine(String line) {
    return !line.contains("\n") && openBrackets(line) == 0 && parsesAsMath.test(line.strip());
  }

  static int openBrackets(String line) {
    int depth = 0;
    for (char c : line.toCharArray()) {
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
    }
    return depth;
  }
}
