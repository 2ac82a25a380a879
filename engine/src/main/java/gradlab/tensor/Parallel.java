package gradlab.tensor;

import java.util.stream.IntStream;

/**
 * Splits {@code [0, n)} into one contiguous range per core and runs them at once (the calling
 * thread takes part). Kernels give each range its own scratch buffers and merge afterwards, so
 * the ranges never write to shared memory.
 */
final class Parallel {
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

  static void split(int n, Range body) {
    int parts = parts(n);
    if (parts == 1) {
      body.run(0, 0, n);
      return;
    }
    IntStream.range(0, parts).parallel().forEach(p -> body.run(p, (int) ((long) n * p / parts),
        (int) ((long) n * (p + 1) / parts)));
  }
}
