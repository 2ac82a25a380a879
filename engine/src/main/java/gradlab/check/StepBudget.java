package gradlab.check;

import gradlab.symbolic.SymbolicEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one step's check within a time budget; past it the check is stopped (its thread
 * interrupted, the engine's evaluation stopped) and the step is "unknown (time)". Owns one
 * daemon thread; close it when the document is done.
 */
final class StepBudget implements AutoCloseable {
  private static final long STOP_WAIT_MS = 10_000;
  private static final Duration STOP_MARGIN = Duration.ofMillis(200);
  private final SymbolicEngine engine;
  private final Duration budget;
  private final Duration given;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gradlab-check-step");
    t.setDaemon(true);
    return t;
  });

  /** Whether steps get a symbolic proof after their sampled comparison (else sampling only). */
  private boolean proofs = true;

  StepBudget(SymbolicEngine engine, Duration budget) {
    this.engine = engine;
    this.given = budget;
    this.budget = forLoad(budget, java.lang.management.ManagementFactory
        .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime()
        .availableProcessors());
  }

  /**
   * The budget as time on a machine of its own: where more threads want to run than there are
   * cores, a step gets a share of one, so its wall-clock budget grows with the load (at most
   * five times). A TA's correct file was 7 of 7 "unknown (time)" at a load of 8 on 2 cores and 5
   * proved when checked alone; the budget is what a step may compute, not what others do.
   */
  static Duration forLoad(Duration budget, double loadAverage, int cores) {
    if (!(loadAverage > cores) || cores <= 0) {
      return budget;
    }
    double factor = Math.min(5, loadAverage / cores);
    return Duration.ofNanos(Math.round(budget.toNanos() * factor));
  }

  /**
   * Runs {@code check} with the instant by which its symbolic proofs must end (the budget less a
   * margin for stopping), so that a step whose sides agree at the sample points but whose proof
   * is slow ends "unknown" with that evidence, not "unknown (time)".
   */
  StepVerdict run(Function<Instant, StepVerdict> check) {
    CountDownLatch done = new CountDownLatch(1);
    Instant proofBy = proofs ? Instant.now().plus(budget).minus(stopMargin()) : Instant.now();
    Future<StepVerdict> f = worker.submit(() -> {
      try {
        return check.apply(proofBy);
      } finally {
        done.countDown();
      }
    });
    try {
      return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      // the step's thread ends at once; the engine's thread may still be evaluating for it, and
      // the next step would wait behind that: stop it and wait until the engine is idle
      engine.stopAndAwaitIdle(Duration.ofMillis(STOP_WAIT_MS));
      try {
        done.await(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
      return StepVerdict.Unknown.time(given, budget);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      return new StepVerdict.NotChecked(c == null ? "error" : UserMessages.unreadable(c));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      return StepVerdict.Unknown.time(given, budget);
    }
  }

  /**
   * Turns the symbolic proofs of the next steps on or off (off: each step is compared at its
   * sample points only, and ends "unknown" where they agree). Used for the later sizes of a
   * step written out for n = 1…5 once one size held without a proof. Modified: this budget.
   */
  void proofsInPlace(boolean on) {
    proofs = on;
  }

  private Duration stopMargin() {
    Duration quarter = budget.dividedBy(4);
    return quarter.compareTo(STOP_MARGIN) < 0 ? quarter : STOP_MARGIN;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
