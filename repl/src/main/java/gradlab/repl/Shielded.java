package gradlab.repl;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a task on a thread of its own and waits for it through interrupts, giving the caller its
 * interrupt back afterwards. For JShell's start and its analyses while the line editor reads:
 * JLine interrupts the reading thread on Ctrl-C, and javac interrupted mid-way breaks (an
 * InternalError that ended the console, found by a student who pressed Ctrl-C while Java
 * started for the first Java line).
 */
final class Shielded {
  private Shielded() {
  }

  /**
   * The task's result; its exception as thrown (a checked one wrapped in an
   * {@link IllegalStateException}).
   */
  static <T> T call(Callable<T> task) {
    FutureTask<T> f = new FutureTask<>(task);
    Thread t = new Thread(f, "gradlab-jshell");
    t.setDaemon(true);
    t.start();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
