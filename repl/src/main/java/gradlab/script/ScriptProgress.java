package gradlab.script;

/** Where a running script is. Implementations decide how (or whether) to show it. */
public interface ScriptProgress {

  /**
   * Before each snippet (or block of statements).
   *
   * @param file the script's name
   * @param line the line about to run
   * @param lines the lines of the whole script
   */
  void at(String file, int line, int lines);

  /** When the script ends, however it ends. */
  default void done() {}

  /** Shows nothing (scripts whose output is not a terminal, tests, golden outputs). */
  static ScriptProgress none() {
    return (file, line, lines) -> {};
  }
}
