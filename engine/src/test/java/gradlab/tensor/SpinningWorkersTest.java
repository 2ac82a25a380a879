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

  /** Threads splitting at once, through Parallel: each split still covers [0, n) once. */
  @Test
  void concurrentSplitsFromSeveralThreadsEachCoverTheirRangeOnce() throws InterruptedException {
    int threads = 4;
    CountDownLatch done = new CountDownLatch(threads);
    AtomicIntegerArray failures = new AtomicIntegerArray(1);
    for (int t = 0; t < threads; t++) {
      Thread.ofPlatform().start(() -> {
        for (int round = 0; round < 500; round++) {
          int n = 1 + round % 50;
          AtomicIntegerArray seen = new AtomicIntegerArray(n);
          Parallel.split(n, (part, from, to) -> {
            for (int i = from; i < to; i++) {
              seen.incrementAndGet(i);
            }
          });
          for (int i = 0; i < n; i++) {
            if (seen.get(i) != 1) {
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
