package gradlab.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's session as a .jsh script: math entries become worksheet calls, Java entries stay
 * as they are, so {@code gradlab run} replays it; {@link #read} turns it back into entries.
 */
final class SessionFile {
  private static final String SHEET_LINE = "System.out.println(sheet.evaluate(";
  private static final String SHEET_END = ", Worksheet.Format.UNICODE));";

  private SessionFile() {}

  static void write(Path file, List<String> entries) {
    StringBuilder b = new StringBuilder("// gradlab console session; replay with ./gradlab run "
        + file + " or :load " + file + "\nvar sheet = new Worksheet(engine());\n");
    for (String e : entries) {
      b.append(JavaShell.looksLikeJava(e) ? e : SHEET_LINE + quote(e) + SHEET_END).append("\n");
    }
    try {
      Files.writeString(file, b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The entries of a file written by {@link #write}, math and Java, in order. */
  static List<String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    List<String> entries = new ArrayList<>();
    for (String l : lines) {
      if (l.isBlank() || l.startsWith("//") || l.startsWith("var sheet = new Worksheet")) {
        continue;
      }
      entries.add(l.startsWith(SHEET_LINE) && l.endsWith(SHEET_END)
          ? unquote(l.substring(SHEET_LINE.length(), l.length() - SHEET_END.length())) : l);
    }
    return entries;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String unquote(String literal) {
    String s = literal.strip();
    return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
  }
}
