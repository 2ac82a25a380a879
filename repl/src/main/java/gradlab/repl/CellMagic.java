package gradlab.repl;

import java.util.Map;

/**
 * Cell magics: {@code %%py}, {@code %%js}, {@code %%java} or {@code %%math} alone on a cell's
 * first line evaluates the rest of the cell in that language.
 */
final class CellMagic {
  private static final Map<String, String> COMMANDS = Map.of("py", "py", "python", "py",
      "js", "js", "javascript", "js", "java", "java", "math", "math");

  private CellMagic() {}

  /**
   * The command that evaluates the cell ({@code py}, {@code js}, {@code java}, {@code math}),
   * or null when the cell has no magic.
   *
   * @throws IllegalArgumentException for an unknown magic, naming the known ones
   */
  static String of(String cell) {
    String first = cell.stripLeading().lines().findFirst().orElse("").strip();
    if (!first.startsWith("%%")) {
      return null;
    }
    String name = first.substring(2).strip();
    String command = COMMANDS.get(name);
    if (command == null) {
      throw new IllegalArgumentException("unknown cell magic %%" + name + "; hint: %%py, %%js, "
          + "%%java or %%math");
    }
    return command;
  }

  /** The cell without its magic line. */
  static String body(String cell) {
    String s = cell.stripLeading();
    int nl = s.indexOf('\n');
    return nl < 0 ? "" : s.substring(nl + 1);
  }
}
