package gradlab.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * When an entry continues on the next line: Java while JShell calls it incomplete, math while
 * more brackets are open than closed. A stray closing bracket is an error for the engine to
 * report, not a reason to wait (JLine's own bracket rule waits).
 */
final class ConsoleParser extends DefaultParser {
  private final JavaShell java;

  ConsoleParser(JavaShell java) {
    this.java = java;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !line.startsWith(":")) {
      boolean isJava = JavaShell.looksLikeJava(line);
      if (isJava && java.incomplete(line)) {
        throw new EOFError(-1, -1, "incomplete Java", ";");
      }
      if (!isJava && openBrackets(line) > 0) {
        throw new EOFError(-1, -1, "open brackets", "bracket");
      }
    }
    return super.parse(line, cursor, context);
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
