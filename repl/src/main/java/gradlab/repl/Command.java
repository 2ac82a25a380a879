package gradlab.repl;

/**
 * One console command: {@code :name args}.
 *
 * @param name the word after the colon
 * @param usage the arguments, for help
 * @param help one line for {@code :help}
 * @param action what it does with its argument text; returns what to print
 */
record Command(String name, String usage, String help, Action action) {

  /** A command's behaviour. */
  @FunctionalInterface
  interface Action {
    String run(String args);
  }
}
