package gradlab.polyglot;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;

/**
 * Bounds one guest evaluation: a time limit, Ctrl-C ({@link #stop}) and a {@link MemoryGuard}.
 * A stop first interrupts the context ({@link Context#interrupt}: the guest's state survives);
 * if the guest has not stopped after {@link #GRACE} — or memory ran out, where the guest's data
 * must go — the context is cancelled ({@link Context#close(boolean)}) and the caller rebuilds
 * it. Open it around one evaluation with try-with-resources.
 */
public final class GuestWatch implements AutoCloseable {
  /** Why an evaluation was stopped. */
  public enum Reason { TIME_LIMIT, INTERRUPTED, MEMORY }

  /** How long an interrupt may take before the context is cancelled. */
  static final Duration GRACE = Duration.ofSeconds(3);
  private static final long POLL_MS = 50;

  private final Context context;
  private final AtomicReference<Reason> reason = new AtomicReference<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "gradlab-guest-watch");
        t.setDaemon(true);
        return t;
      });
  private volatile boolean cancelled;

  private GuestWatch(Context context) {
    this.context = context;
  }

  /** Starts watching an evaluation of {@code context} that is about to begin. */
  public static GuestWatch start(Context context, Duration limit, MemoryGuard memory) {
    GuestWatch w = new GuestWatch(context);
    MemoryGuard guard = memory.forEvaluation();
    w.timer.schedule(() -> w.stop(Reason.TIME_LIMIT), limit.toMillis(), TimeUnit.MILLISECONDS);
    ScheduledFuture<?>[] poll = new ScheduledFuture<?>[1];
    poll[0] = w.timer.scheduleWithFixedDelay(() -> {
      if (w.reason.get() == null && guard.overBudget()) {
        w.stop(Reason.MEMORY);
      }
    }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    return w;
  }

  /** Stops the evaluation (from any thread but the evaluating one); the first reason counts. */
  public void stop(Reason why) {
    if (!reason.compareAndSet(null, why)) {
      return;
    }
    Thread t = new Thread(() -> {
      if (why == Reason.MEMORY) {
        cancel();
        return;
      }
      try {
        context.interrupt(GRACE);
      } catch (TimeoutException | RuntimeException e) {
        cancel(); // not stopped in time (or the context refused): end it
      }
    }, "gradlab-guest-stop");
    t.setDaemon(true);
    t.start();
  }

  private void cancel() {
    cancelled = true;
    try {
      context.close(true);
    } catch (RuntimeException ignored) {
      // already closed or closing: nothing more to stop
    }
  }

  /** Why the evaluation was stopped, if it was. */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason.get());
  }

  /** True when the context was closed to stop it: the caller must make a new one. */
  public boolean cancelled() {
    return cancelled;
  }

  /**
   * True when the guest ran out of memory: Truffle's resource exhaustion, Python's
   * {@code MemoryError} (GraalPy turns a Java OutOfMemoryError into one) or JavaScript's
   * {@code RangeError} for an array or string past its largest length.
   */
  public static boolean outOfMemory(org.graalvm.polyglot.PolyglotException e) {
    String m = String.valueOf(e.getMessage());
    return e.isResourceExhausted() || m.startsWith("MemoryError")
        || m.startsWith("RangeError: Invalid array length")
        || m.startsWith("RangeError: Invalid string length");
  }

  /** One line on why and how it stopped, for the console and for scripts. */
  public static String describe(Reason why, String language, Duration limit) {
    return switch (why) {
      case TIME_LIMIT -> "stopped: the time limit of " + limit.toSeconds() + " s ran out";
      case INTERRUPTED -> "stopped (Ctrl-C)";
      case MEMORY -> "stopped: " + language + " used more memory than the session allows (a "
          + "list or array grown without end?)";
    };
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
