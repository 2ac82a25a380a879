package gradlab.train;

/** Receives training progress. Implementations decide how (or whether) to show it. */
public interface Progress {

  /**
   * After each step.
   *
   * @param done examples processed so far in this run
   * @param total examples of the whole run
   * @param loss the running mean loss of the last steps
   * @param seconds wall time since the run started
   */
  void update(long done, long total, double loss, double seconds);

  /** When the run ends. */
  default void finish(long total, double seconds) {}

  /** Shows nothing. */
  static Progress none() {
    return (done, total, loss, seconds) -> {};
  }
}
