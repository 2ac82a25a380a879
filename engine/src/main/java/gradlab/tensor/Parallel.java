package gradlab.tensor;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Splits {@code [0, n)} into one contiguous range per core and runs them at once (the calling
 * thread takes part). Kernels give each range its own scratch buffers and merge afterwards, so
 * the ranges never write to shared memory.
 *
 * <p>The ranges go to {@link SpinningWorkers}, threads that wait for the next split by spinning
 * ({@link Thread#onSpinWait}) for a moment before they sleep, so that the four splits of a
 * training step, half a millisecond each, do not wait for a parked thread to wake; while those
 * are busy with another caller's split (another thread, or a split inside a range) the common
 * fork-join pool runs it. With the system property {@code gradlab.parallel.spin=false} (read
 * once; e.g. {@code GRADLAB_JVM_OPTS=-Dgradlab.parallel.spin=false}) every split goes to the
 * fork-join pool (measurements in {@code docs/decisions.md}). Which thread runs a range never
 * changes the range, so results are the same either way.
 */
public final class Parallel {
  private static final boolean SPIN =
      !"false".equals(System.getProperty("gradlab.parallel.spin"));

  private Parallel() {}

  /** The work of one range [from, to), numbered {@code part}. */
  @FunctionalInterface
  interface Range {
    void run(int part, int from, int to);
  }

  /**
   * Samples per block of a reduction. Kernels that sum over samples (weight gradients) keep one
   * partial sum per block and add the blocks in order, so their results are the same on any
   * number of cores.
   */
  static final int BLOCK = 16;

  /** ⌈n / BLOCK⌉. */
  static int blocks(int n) {
    return (n + BLOCK - 1) / BLOCK;
  }

  /** How many ranges {@link #split} makes for n items. */
  static int parts(int n) {
    return Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
  }

  /** Start of range {@code p} of {@code parts} over n items. */
  static int start(int n, int p, int parts) {
    return (int) ((long) n * p / parts);
  }

  static void split(int n, Range body) {
    int parts = parts(n);
    if (parts == 1) {
      body.run(0, 0, n);
      return;
    }
    if (SPIN && SpinningWorkers.shared().runIfIdle(parts, p -> body.run(p, start(n, p, parts),
        start(n, p + 1, parts)))) {
      return;
    }
    IntStream.range(0, parts).parallel().forEach(p -> body.run(p, start(n, p, parts),
        start(n, p + 1, parts)));
  }

  /**
   * Runs {@code body} for every i in [0, n), the indices split into one contiguous range per
   * core as {@link #split} does, for work outside this package that must share the same threads
   * (a second pool beside the spinning workers would compete with them for the cores).
   */
  public static void forEach(int n, IntConsumer body) {
    split(n, (part, from, to) -> {
      for (int i = from; i < to; i++) {
        body.accept(i);
      }
    });
  }
}
