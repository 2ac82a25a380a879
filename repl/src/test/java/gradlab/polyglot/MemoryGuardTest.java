package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The budget of one guest evaluation counts the heap live when it starts, not its garbage. */
@Timeout(60)
class MemoryGuardTest {
  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Test
  void garbageLeftBeforeAnEvaluationDoesNotLiftItsBudget() {
    long growth = 32L << 20;
    byte[][] garbage = new byte[4][];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = new byte[32 << 20];
    }
    long withGarbage = used(); // 128 MiB of it, live here, garbage below
    garbage = null;
    MemoryGuard g = MemoryGuard.withGrowth(growth).forEvaluation();
    // user23: the budget was taken from a heap full of garbage and never reached
    assertThat(g.budgetBytes()).isLessThan(withGarbage + growth - (64L << 20));
  }
}
