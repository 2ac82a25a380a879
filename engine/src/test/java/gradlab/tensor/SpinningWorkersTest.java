package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The workers behind {@link Parallel#split}: every part once, failures, busy workers. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SpinningWorkersTest {

  @Test
  void everyPartRunsExactlyOnceInEverySplit() {
    SpinningWorkers workers = new SpinningWorkers(3);
    for (int round = 0; round < 2_000; round++) {
      int parts = 1 + round % 7;
      AtomicIntegerArray runs = new AtomicIntegerArray(parts);
      assertThat(workers.runIfIdle(parts, runs::incrementAndGet)).isTrue();
      for (int p = 0; p < parts; p++) {
        assertThat(runs.get(p)).as("round %d part %d", round, p).isEqualTo(1);
      }
    }
  }

  @Test
  void aFailingPartIsRethrownAfterTheOthersRanAndTheWorkersStayUsable() {
    SpinningWorkers workers = new SpinningWorkers(1);
    AtomicIntegerArray runs = new AtomicIntegerArray(4);
    assertThatThrownBy(() -> workers.runIfIdle(4, p -> {
      runs.incrementAndGet(p);
      if (p == 2) {
        throw new ArithmeticException("part 2 failed");
      }
    })).isInstanceOf(ArithmeticException.class).hasMessage("part 2 failed");
    for (int p = 0; p < 4; p++) {
      assertThat(runs.get(p)).isEqualTo(1);
    }
    assertThat(workers.runIfIdle(2, p -> { })).isTrue();
  }

  @Test
  void aSplitInsideAPartFindsTheWorkersBusyAndIsRefused() {
    SpinningWorkers workers = new SpinningWorkers(1);
    boolean[] inner = new boolean[2];
    workers.runIfIdle(2, p -> inner[p] = workers.runIfIdle(2, q -> { }));
    assertThat(inner).containsExactly(false, false);
  }

  @Test
  void withoutWorkersNothingRunsAndTheCallerIsToldSo() {
    AtomicIntegerArray runs = new AtomicIntegerArray(2);
    assertThat(new SpinningWorkers(0).runIfIdle(2, runs::incrementAndGet)).isFalse();
    assertThat(runs.get(0) + runs.get(1)).isZero();
  }

  /** Threads splitting at once: one gets the workers, the others are refused and run alone. */
  @Test
  void concurrentSplitsFromSeveralThreadsEachRunEveryPartOnce() throws InterruptedException {
    SpinningWorkers workers = new SpinningWorkers(1);
    int threads = 4;
    CountDownLatch done = new CountDownLatch(threads);
    AtomicIntegerArray failures = new AtomicIntegerArray(2);
    for (int t = 0; t < threads; t++) {
      Thread.ofPlatform().start(() -> {
        for (int round = 0; round < 500; round++) {
          int parts = 2 + round % 5;
          AtomicIntegerArray runs = new AtomicIntegerArray(parts);
          if (!workers.runIfIdle(parts, runs::incrementAndGet)) {
            failures.incrementAndGet(1); // refused: the workers were busy; run the parts here
            for (int p = 0; p < parts; p++) {
              runs.incrementAndGet(p);
            }
          }
          for (int p = 0; p < parts; p++) {
            if (runs.get(p) != 1) {
              failures.incrementAndGet(0);
            }
          }
        }
        done.countDown();
      });
    }
    assertThat(done.await(50, TimeUnit.SECONDS)).isTrue();
    assertThat(failures.get(0)).isZero();
  }
}
