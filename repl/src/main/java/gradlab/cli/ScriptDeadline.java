package gradlab.cli;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code run --timeout N}: the whole script, in any language, ends after N seconds. The process
 * ends, which stops a busy Java, JavaScript or Python loop alike (nothing inside the script can
 * keep it alive), after one line on standard error; the exit status is 124, as timeout(1) gives.
 */
final class ScriptDeadline {
  /** The exit status of a script stopped at its time limit. */
  static final int STATUS = 124;

  private ScriptDeadline() {}

  /**
   * Starts the clock: at {@code limit + grace} the process ends (grace lets a script that
   * stops itself at the limit say where it was); closing the result stops the clock.
   */
  static AutoCloseable start(Path file, Duration limit, Duration grace) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(limit.plus(grace).toMillis());
      } catch (InterruptedException e) {
        return;
      }
      System.out.flush();
      System.err.println("error: " + file + " stopped: the time limit of " + limit.toSeconds()
          + " s (--timeout) ran out");
      System.err.flush();
      Runtime.getRuntime().halt(STATUS); // exit() would wait on hooks a busy script may hold
    }, "gradlab-script-deadline");
    t.setDaemon(true);
    t.start();
    return t::interrupt;
  }
}
