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
  /** The window for proofs: see {@link #WINDOW_STEPS}. */
  private final Duration window;
  private final Instant proofsUntil;

  /**
   * How many step budgets one document's steps may spend on symbolic proofs in all (8 s at the
   * default 2 s; scaled for the load as the step budget is). A step that starts after that is
   * compared at its sample points only: it can still be refuted, or end "unknown" with that
   * evidence and the reason, and a file of many slow steps ends within seconds (Ioffe and
   * Szegedy's batch-norm backward pass, five steps written out for m = 2, 3, took 18.5 s with
   * unbounded proofs and 6.4 s with none at a load of 17, verdicts alike).
   */
  static final int WINDOW_STEPS = 4;

  StepBudget(SymbolicEngine engine, Duration budget) {
    this(engine, budget, budget.multipliedBy(WINDOW_STEPS));
  }

  /** As {@link #StepBudget(SymbolicEngine, Duration)} with a proof window of {@code proofs}. */
  StepBudget(SymbolicEngine engine, Duration budget, Duration proofs) {
    this.engine = engine;
    this.given = budget;
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    this.budget = forLoad(budget, load, cores);
    this.window = forLoad(proofs, load, cores);
    this.proofsUntil = Instant.now().plus(window);
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
    boolean late = proofs && !Instant.now().isBefore(proofsUntil);
    Instant proofBy = proofs && !late ? Instant.now().plus(budget).minus(stopMargin())
        : Instant.now();
    Future<StepVerdict> f = worker.submit(() -> {
      try {
        return check.apply(proofBy);
      } finally {
        done.countDown();
      }
    });
    try {
      StepVerdict v = f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
      return late ? afterWindow(v) : v;
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

  /**
   * Whether a size's instance that took {@code spent} was a slow proof: more than a quarter of
   * the step budget (scaled for the load). A larger size's proof costs more than a smaller one's
   * (Ioffe and Szegedy's ∂ℓ/∂σ²_B proved in seconds for m = 2 spent the whole budget for m = 3,
   * the file 14.5 s of the 15 s goal), so after such a proof the larger sizes are compared only.
   */
  boolean slowProof(Duration spent) {
    return slowProof(spent, budget);
  }

  /** Whether {@code spent} is more than a quarter of {@code budget}. */
  static boolean slowProof(Duration spent, Duration budget) {
    return spent.compareTo(budget.dividedBy(4)) > 0;
  }

  /** A step compared only because the proof window had closed says so. */
  private StepVerdict afterWindow(StepVerdict v) {
    if (v instanceof StepVerdict.Unknown u && u.samples() > 0 && u.reason().isEmpty()) {
      return new StepVerdict.Unknown(u.samples(), u.tolerance(), "holds at " + u.samples()
          + " random points, not proved: no proof tried, this file's " + window.toMillis()
          / 1000.0 + " s for proofs (" + WINDOW_STEPS + " step budgets) were spent");
    }
    return v;
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
