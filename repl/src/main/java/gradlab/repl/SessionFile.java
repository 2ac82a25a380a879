package gradlab.repl;

import gradlab.io.Utf8Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's session as a .jsh script that {@code gradlab run} replays and {@link #read} turns
 * back into the entries as they were typed. Math entries become one line each, a worksheet call
 * with the text as a string literal (line breaks escaped, so a multi-line entry stays one
 * literal); Java entries stay as they are, over as many lines as they had; {@code :tex},
 * {@code :input} and {@code :unicode} set the script's {@code format}; {@code :timeout},
 * {@code :js}, {@code :py}, {@code :check}, {@code :audit} and {@code :plot} become {@code //:}
 * comment lines, which {@code :load} replays and
 * {@code gradlab run} skips (the header says so).
 */
final class SessionFile {
  private static final String SHEET_LINE = "System.out.println(sheet.evaluate(";
  private static final String SHEET_END = ", format));";
  /** What files written before {@code format} existed end their math lines with. */
  private static final String OLD_SHEET_END = ", Worksheet.Format.UNICODE));";
  private static final Pattern FORMAT = Pattern.compile("format = Worksheet\\.Format\\.(TEX|INPUT"
      + "|UNICODE);");
  private static final List<String> FORMATS = List.of("tex", "input", "unicode");
  private static final List<String> KEPT_AS_COMMENTS = List.of("timeout", "js", "py", "check",
      "audit", "plot");
  private static final String COMMAND_LINE = "//:";
  /** :forget x as Java, so that ./gradlab run forgets x too; :load reads it back. */
  private static final String FORGET_LINE = "sheet.forgetInPlace(";

  private SessionFile() {}

  /** The lines before the first entry. */
  static String header(Path file) {
    return "// gradlab console session; replay with ./gradlab run " + file.getFileName()
        + " or :load " + file.getFileName() + "\n"
        + "// (the //: lines, :timeout :js :py :check :audit :plot, are replayed by :load only)\n"
        + "var sheet = new Worksheet(engine());\n"
        + "var format = Worksheet.Format.UNICODE;\n";
  }

  /** True for the entries a session file keeps: math, Java and the commands above. */
  static boolean keeps(String entry) {
    String s = entry.strip();
    if (s.startsWith("?") || PythonHabits.bareWord(s).isPresent()) {
      return false; // ?sigma, help, clear x: answered in words, nothing to replay (run failed)
    }
    if (!s.startsWith(":")) {
      return true;
    }
    String name = commandName(s);
    return name.equals("java") || name.equals("math") || name.equals("forget")
        || FORMATS.contains(name) || KEPT_AS_COMMENTS.contains(name);
  }

  /** One entry as script text, ending with a line break. */
  static String chunk(String entry) {
    String s = entry.strip();
    String name = s.startsWith(":") ? commandName(s) : "";
    String args = s.startsWith(":") && s.indexOf(' ') > 0 ? s.substring(s.indexOf(' ') + 1)
        .strip() : "";
    if (FORMATS.contains(name)) {
      return "format = Worksheet.Format." + name.toUpperCase(Locale.ROOT) + ";\n";
    }
    if (name.equals("forget")) {
      StringBuilder b = new StringBuilder();
      for (String n : args.split("[\\s,]+")) {
        b.append(n.isEmpty() ? "" : FORGET_LINE + quote(n) + ");\n");
      }
      return b.toString();
    }
    if (KEPT_AS_COMMENTS.contains(name)) {
      return COMMAND_LINE + name + " " + args.replace("\n", " ") + "\n";
    }
    boolean java = name.equals("java") || (name.isEmpty() && JavaShell.looksLikeJava(s));
    String text = name.equals("java") || name.equals("math") ? args : entry.strip();
    if (java) {
      return text + (text.endsWith(";") || text.endsWith("}") ? "" : ";") + "\n";
    }
    return SHEET_LINE + quote(text) + SHEET_END + "\n";
  }

  static void write(Path file, List<String> entries) {
    StringBuilder b = new StringBuilder(header(file));
    entries.forEach(e -> b.append(chunk(e)));
    try {
      Files.writeString(file, b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The entries of a file written by {@link #write} (or by hand), as they would be typed: math
   * that looks like Java comes back as {@code :math …}, Java that does not as {@code :java …}.
   *
   * @param incompleteJava whether Java text needs more lines (JShell's analysis), to put a
   *     multi-line method or class back together
   */
  static List<String> read(Path file, Predicate<String> incompleteJava) {
    String text;
    try {
      text = Utf8Files.read(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    List<String> lines = text.lines().toList();
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      Matcher format = FORMAT.matcher(l.strip());
      if (l.startsWith(FORGET_LINE) && l.endsWith(");")) {
        entries.add(":forget " + unquote(l.substring(FORGET_LINE.length(), l.length() - 2)));
      } else if (l.startsWith(COMMAND_LINE)) {
        entries.add(":" + l.substring(COMMAND_LINE.length()).strip());
      } else if (l.isBlank() || l.startsWith("//") || l.startsWith("var sheet = new Worksheet")
          || l.startsWith("var format = Worksheet.Format.")) {
        continue;
      } else if (format.matches()) {
        entries.add(":" + format.group(1).toLowerCase(Locale.ROOT));
      } else if (l.startsWith(SHEET_LINE) && (l.endsWith(SHEET_END) || l.endsWith(OLD_SHEET_END))) {
        int end = l.endsWith(SHEET_END) ? SHEET_END.length() : OLD_SHEET_END.length();
        String math = unquote(l.substring(SHEET_LINE.length(), l.length() - end));
        entries.add(JavaShell.looksLikeJava(math) ? ":math " + math : math);
      } else {
        StringBuilder java = new StringBuilder(l);
        while (i + 1 < lines.size() && incompleteJava.test(java.toString())) {
          java.append("\n").append(lines.get(++i));
        }
        String s = java.toString();
        entries.add(JavaShell.looksLikeJava(s) ? s : ":java " + s);
      }
    }
    return entries;
  }

  private static String commandName(String s) {
    int space = s.indexOf(' ');
    return (space < 0 ? s.substring(1) : s.substring(1, space)).toLowerCase(Locale.ROOT);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\r", "\\r") + "\"";
  }

  private static String unquote(String literal) {
    String s = literal.strip();
    s = s.substring(1, s.length() - 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
