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
  private final long budgetBytes;

  /** @param budgetBytes the most heap, in bytes, that may stay live while a guest runs */
  public MemoryGuard(long budgetBytes) {
    this.budgetBytes = budgetBytes;
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
