package gradlab.tensor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Daemon threads, one per core but one, that can run the parts of a {@link Parallel} split
 * (the default; {@code -Dgradlab.parallel.spin=false} turns them off). After a split a worker
 * spins with {@link Thread#onSpinWait} (not {@link Thread#yield}, which hands the core to any
 * runnable process, however low its priority, for a whole time slice)
 * for {@link #SPIN_NANOS} waiting for the next one before it parks, as OpenMP's threads do: a
 * training step runs four splits of about half a millisecond with short serial gaps between
 * them, and the fork-join worker started its part 389 µs after the split on average (load 4.8),
 * by which time the caller had often run both parts itself. Parts are claimed from a counter,
 * so the caller also takes parts that no worker has claimed yet. One split at a time: a caller
 * that finds the workers busy (another thread's split, or a split inside a part) gets
 * {@code false} and runs its split elsewhere.
 */
final class SpinningWorkers {
  /** How long an idle worker (or a caller waiting for the last part) spins before it sleeps. */
  static final long SPIN_NANOS = 1_000_000;

  /** One split: its body, its number of parts, the next part to claim, the parts not done. */
  private record Job(IntConsumer body, int parts, AtomicInteger next, AtomicInteger pending,
      AtomicReference<Throwable> failure) {
    Job(IntConsumer body, int parts) {
      this(body, parts, new AtomicInteger(0), new AtomicInteger(parts), new AtomicReference<>());
    }

    /** Runs parts until none is left to claim. */
    void work() {
      for (int p = next.getAndIncrement(); p < parts; p = next.getAndIncrement()) {
        try {
          body.accept(p);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
        pending.decrementAndGet();
      }
    }
  }

  private static final class Holder {
    static final SpinningWorkers SHARED =
        new SpinningWorkers(Runtime.getRuntime().availableProcessors() - 1);
  }

  /** The process's workers (one per core but one), started on first use. */
  static SpinningWorkers shared() {
    return Holder.SHARED;
  }

  private final Thread[] threads;
  private final AtomicBoolean[] sleeping;
  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile Job current;

  SpinningWorkers(int count) {
    threads = new Thread[Math.max(0, count)];
    sleeping = new AtomicBoolean[threads.length];
    for (int i = 0; i < threads.length; i++) {
      int id = i;
      sleeping[i] = new AtomicBoolean();
      threads[i] = new Thread(() -> loop(id), "gradlab-parallel-" + (i + 1));
      threads[i].setDaemon(true);
      threads[i].start();
    }
  }

  /**
   * Runs {@code part} for 0 … parts−1, the calling thread taking part, and returns true; or
   * returns false at once, running nothing, when there are no workers or they are busy with
   * another split. The first exception or error of a part is rethrown after every part ended.
   */
  boolean runIfIdle(int parts, IntConsumer part) {
    if (threads.length == 0 || !busy.compareAndSet(false, true)) {
      return false;
    }
    try {
      Job job = new Job(part, parts);
      current = job;
      for (int i = 0; i < threads.length; i++) {
        if (sleeping[i].get()) {
          LockSupport.unpark(threads[i]);
        }
      }
      job.work();
      long spinUntil = System.nanoTime() + SPIN_NANOS;
      while (job.pending().get() > 0) {
        if (System.nanoTime() < spinUntil) {
          Thread.onSpinWait();
        } else {
          LockSupport.parkNanos(20_000);
        }
      }
      Throwable t = job.failure().get();
      if (t instanceof RuntimeException e) {
        throw e;
      } else if (t instanceof Error e) {
        throw e;
      } else if (t != null) {
        throw new IllegalStateException(t);
      }
      return true;
    } finally {
      current = null; // a finished split's body and the arrays it holds are not kept
      busy.set(false);
    }
  }

  private void loop(int id) {
    Job seen = null;
    while (true) {
      Job job = current;
      long spinUntil = System.nanoTime() + SPIN_NANOS;
      while (job == seen || job == null) {
        if (System.nanoTime() < spinUntil) {
          Thread.onSpinWait();
        } else {
          sleeping[id].set(true);
          Job now = current;
          if (now == seen || now == null) {
            LockSupport.park(this);
          }
          sleeping[id].set(false);
        }
        job = current;
      }
      seen = job;
      job.work();
    }
  }
}
