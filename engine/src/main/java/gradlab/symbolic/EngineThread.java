package gradlab.symbolic;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The engine's own daemon thread: every task of one {@link SymbolicEngine} runs on it, bounded
 * by a time limit and stoppable from any thread. A task that does not stop in time (a
 * computation that never looks at the library's stop flag) gets its caller's control back at
 * once; the thread is then replaced and the engine restarted through {@code restart}.
 *
 * <p>Thread-safe. Knows nothing of the library: the engine hands in what a stop request, the
 * start of a task, a restart and the translation of a failure mean to it.
 */
final class EngineThread {
  private static final long STOP_GRACE_NANOS = 1_000_000_000L;
  private volatile ExecutorService worker;
  private volatile Thread thread;
  private volatile boolean stopped;
  /** When {@link #interrupt()} was last called (System.nanoTime), 0 before. */
  private volatile long interruptedAt;
  private final Runnable stopRequest;
  private final Runnable taskStart;
  private final Runnable restart;
  private final Function<Throwable, RuntimeException> failure;

  /**
   * @param stopRequest asks the running computation to stop (the library's stop flag)
   * @param taskStart clears that flag before a new task
   * @param restart starts the engine again on a fresh thread (called on that thread)
   * @param failure turns a task's failure into the exception its caller sees
   */
  EngineThread(Runnable stopRequest, Runnable taskStart, Runnable restart,
      Function<Throwable, RuntimeException> failure) {
    this.stopRequest = stopRequest;
    this.taskStart = taskStart;
    this.restart = restart;
    this.failure = failure;
    this.worker = newWorker();
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gradlab-symbolic");
      t.setDaemon(true);
      thread = t;
      return t;
    });
  }

  /** Whether a stop was asked for since the running task began. */
  boolean stopped() {
    return stopped;
  }

  /**
   * Runs the task on the engine thread within {@code limit}; directly when already on it. A
   * stopped task (time limit or {@link #interrupt()}) throws {@link EvaluationTimeoutException}.
   */
  <T> T call(Callable<T> task, Duration limit) {
    if (Thread.currentThread() == thread) {
      return callDirect(task);
    }
    Future<T> f = worker.submit(() -> {
      stopped = false;
      taskStart.run();
      return task.call();
    });
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    try {
      while (true) {
        try {
          T result = f.get(Math.max(1, Math.min(100_000_000L, deadline - System.nanoTime())),
              TimeUnit.NANOSECONDS);
          if (stopped) {
            throw new EvaluationTimeoutException(Duration.ZERO);
          }
          return result;
        } catch (TimeoutException slice) {
          long now = System.nanoTime();
          long asked = interruptedAt;
          if (now - deadline >= 0) {
            interrupt();
            f.cancel(true);
            awaitIdleOrRestart();
            throw new EvaluationTimeoutException(limit);
          }
          if (asked != 0 && asked - start > 0 && now - asked > STOP_GRACE_NANOS) {
            // Ctrl-C, and the computation does not look at the stop flag (a factorisation,
            // a long-precision value): the caller gets control back now, the engine is restarted
            f.cancel(true);
            awaitIdleOrRestart();
            throw new EvaluationTimeoutException(Duration.ZERO);
          }
        }
      }
    } catch (InterruptedException e) {
      interrupt();
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new EvaluationTimeoutException(Duration.ZERO);
    } catch (ExecutionException e) {
      if (stopped) {
        throw new EvaluationTimeoutException(Duration.ZERO);
      }
      throw failure.apply(e.getCause());
    }
  }

  /** Stops the task in progress, if any; it ends with {@link EvaluationTimeoutException}. */
  void interrupt() {
    stopped = true;
    interruptedAt = System.nanoTime();
    stopRequest.run();
  }

  /**
   * Stops the task in progress and waits until the thread has nothing left to do, asking again
   * every 10 ms (a computation can reset the library's own stop flag). Returns whether it became
   * idle within {@code max}; when not, the thread still runs and later calls wait for it.
   */
  boolean stopAndAwaitIdle(Duration max) {
    long end = System.nanoTime() + max.toNanos();
    Future<?> marker = worker.submit(() -> null);
    while (true) {
      if (marker.isDone()) {
        return true; // asking again now could stop a task submitted after the marker
      }
      interrupt();
      Thread t = thread;
      if (t != null) {
        t.interrupt();
      }
      try {
        marker.get(10, TimeUnit.MILLISECONDS);
        return true;
      } catch (TimeoutException e) {
        if (System.nanoTime() > end) {
          // deaf to the stop (held26: the highway layer's derivative at an 8 s budget): the
          // engine is restarted, so that the next call (a named point's number) does not wait
          // behind it and fail the whole document with its time limit
          awaitIdleOrRestart();
          return false;
        }
      } catch (ExecutionException e) {
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  void close() {
    worker.shutdownNow();
  }

  private void awaitIdleOrRestart() {
    try {
      worker.submit(() -> null).get(3, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      worker.shutdownNow();
      worker = newWorker();
      restart.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T callDirect(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
