package gradlab.polyglot;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A heap budget for guest code. Truffle's community edition has no heap limit per context
 * ({@code sandbox.MaxHeapMemory} is Oracle GraalVM's), so a watchdog polls the heap while a guest
 * evaluates: when the used heap passes the budget it asks for a collection, and if what is still
 * live passes the budget the evaluation is stopped. Thread-safe; holds no state between checks.
 */
public final class MemoryGuard {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  /** The most one evaluation may add to the live heap: {@link #forGuests}. */
  private static final long GROWTH_CAP = 1L << 30;
  private final long budgetBytes;
  /** What one evaluation may add to the heap in use when it starts; 0 for a fixed budget. */
  private final long growthBytes;

  /** @param budgetBytes the most heap, in bytes, that may stay live while a guest runs */
  public MemoryGuard(long budgetBytes) {
    this(budgetBytes, 0);
  }

  private MemoryGuard(long budgetBytes, long growthBytes) {
    this.budgetBytes = budgetBytes;
    this.growthBytes = growthBytes;
  }

  /**
   * The console's and the scripts' guard: one evaluation may add at most 1 GiB (or a quarter of
   * the heap, if less) to the heap in use when it starts, and never pass four fifths of the heap.
   * Four fifths alone was several GiB on a large machine: a JavaScript array grown without end
   * ran to the time limit and stayed in memory (6 GiB resident), never stopped by the guard.
   */
  public static MemoryGuard forGuests() {
    long max = Runtime.getRuntime().maxMemory();
    return new MemoryGuard(max / 5 * 4, Math.min(GROWTH_CAP, max / 4));
  }

  /**
   * The guard of one evaluation that starts now, its budget fixed from the heap live when it
   * starts. Garbage not yet collected counted as in use lifted the budget: after math and
   * Python in a console the heap held GiBs of garbage, and user23's JavaScript array grew to
   * 4.8 GB resident before the time limit, the guard never reached. So when the heap in use is
   * more than half the growth allowed, it is collected first.
   */
  public MemoryGuard forEvaluation() {
    if (growthBytes == 0) {
      return this;
    }
    return new MemoryGuard(Math.min(budgetBytes, live(growthBytes / 2) + growthBytes), 0);
  }

  /** For tests: a guard that lets one evaluation add {@code growthBytes}. */
  static MemoryGuard withGrowth(long growthBytes) {
    return new MemoryGuard(Runtime.getRuntime().maxMemory() / 5 * 4, growthBytes);
  }

  /** The heap in use, collected first when it is over {@code collectAbove} bytes. */
  private static long live(long collectAbove) {
    if (used() > collectAbove) {
      System.gc();
    }
    return used();
  }

  /** Four fifths of the maximum heap: the rest is for stopping the guest and reporting it. */
  public static MemoryGuard fourFifthsOfHeap() {
    return new MemoryGuard(Runtime.getRuntime().maxMemory() / 5 * 4);
  }

  /** A budget of {@code extraBytes} above what is used now (for tests). */
  public static MemoryGuard aboveCurrentUse(long extraBytes) {
    return new MemoryGuard(used() + extraBytes);
  }

  public long budgetBytes() {
    return budgetBytes;
  }

  /** True when the live heap is over budget (collects first when the raw use is over it). */
  public boolean overBudget() {
    if (used() <= budgetBytes) {
      return false;
    }
    System.gc(); // garbage counts in the raw use; only what survives a collection is live
    return used() > budgetBytes;
  }

  private static long used() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
