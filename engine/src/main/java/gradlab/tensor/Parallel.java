package gradlab.tensor;

import java.util.stream.IntStream;

/**
 * Splits {@code [0, n)} into one contiguous range per core and runs them at once (the calling
 * thread takes part). Kernels give each range its own scratch buffers and merge afterwards, so
 * the ranges never write to shared memory.
 *
 * <p>The ranges go to the common fork-join pool. With the system property
 * {@code gradlab.parallel.spin=true} (read once; e.g. {@code GRADLAB_JVM_OPTS=-Dgradlab.parallel.
 * spin=true ./gradlab bench mnist}) they go to {@link SpinningWorkers} instead, threads that wait
 * for the next split by spinning for a moment before they sleep; while those are busy with
 * another caller's split (another thread, or a split inside a range) the fork-join pool runs it.
 * The spinning workers are not the default: on the loaded 2-core machine they took a smaller
 * share of the work than the fork-join worker, and no quiet machine was available to measure
 * them where they should help (see {@code docs/decisions.md}). Which thread runs a range never
 * changes the range, so results are the same either way.
 */
final class Parallel {
  private static final boolean SPIN = Boolean.getBoolean("gradlab.parallel.spin");

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
}
