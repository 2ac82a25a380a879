package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stopped evaluation really stops: the engine thread is idle soon after the stop and burns no
 * more CPU, so the next step of a derivation does not wait behind it (issue 12).
 */
@Timeout(120)
class EngineStopTest extends EngineFixture {

  private static Thread engineThread() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("gradlab-symbolic") && t.isAlive()).findFirst()
        .orElseThrow();
  }

  @Test
  void aRunawayEvaluationIsIdleWithinASecondOfItsStopAndBurnsNoMoreCpu() throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        engine.eval("Expand((a+b+c+d+e+f+g)^40)"); // minutes of work when left alone
      } catch (RuntimeException e) {
        thrown.set(e);
      }
    });
    caller.start();
    Thread.sleep(400);
    long t0 = System.nanoTime();
    boolean idle = engine.stopAndAwaitIdle(Duration.ofSeconds(10));
    long stopMillis = (System.nanoTime() - t0) / 1_000_000;
    caller.join(10_000);

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long id = engineThread().threadId();
    long cpu0 = mx.getThreadCpuTime(id);
    Thread.sleep(500);
    long cpuAfter = (mx.getThreadCpuTime(id) - cpu0) / 1_000_000;

    assertThat(idle).isTrue();
    assertThat(stopMillis).as("ms from the stop to an idle engine").isLessThan(1000);
    assertThat(thrown.get()).isInstanceOf(EvaluationTimeoutException.class);
    assertThat(cpuAfter).as("CPU ms of the engine thread in the 500 ms after").isLessThan(50);
    assertThat(engine.eval("1+1").input()).isEqualTo("2"); // and it still answers
  }

  @Test
  void aLoopThatSwallowsTheStoppedEvaluationDoesNotStartAnother() throws Exception {
    // Symja clears its stop flag at each top-level evaluation: a loop over sample points that
    // catches the stopped evaluation's exception used to go on evaluating past its budget
    AtomicReference<Integer> evaluated = new AtomicReference<>(0);
    Thread caller = new Thread(() -> {
      try {
        engine.call(() -> {
          for (int k = 0; k < 1000; k++) {
            try {
              engine.evalRaw(engine.parseSymja("Expand((a+b+c+d+e+" + k + ")^30)"));
              evaluated.set(evaluated.get() + 1);
            } catch (RuntimeException e) {
              if (e instanceof EvaluationTimeoutException) {
                throw e;
              }
            }
          }
          return null;
        });
      } catch (RuntimeException e) {
        // stopped, as asked
      }
    });
    caller.start();
    Thread.sleep(400);
    long t0 = System.nanoTime();
    boolean idle = engine.stopAndAwaitIdle(Duration.ofSeconds(10));
    long stopMillis = (System.nanoTime() - t0) / 1_000_000;
    caller.join(10_000);

    assertThat(idle).isTrue();
    assertThat(stopMillis).isLessThan(1000);
    assertThat(evaluated.get()).isLessThan(1000);
  }

  @Test
  void aProofWithNoTimeLeftLeavesTheSampledVerdictInsteadOfWaiting() {
    IdentityProver prover = new IdentityProver(engine, 30, 7L);
    Instant now = Instant.now();
    IdentityVerdict agree = prover.prove(eval("tanh(x)"), eval("2*sigma(2*x) - 1"),
        Domain.reals(), now);
    IdentityVerdict differ = prover.prove(eval("tanh(x)"), eval("2*sigma(x) - 1"),
        Domain.reals(), now);
    IdentityVerdict withTime = prover.prove(eval("tanh(x)"), eval("2*sigma(2*x) - 1"),
        Domain.reals(), Instant.now().plusSeconds(60));

    assertThat(agree).isInstanceOf(IdentityVerdict.Unknown.class);
    assertThat(((IdentityVerdict.Unknown) agree).checkedPoints()).isEqualTo(30);
    assertThat(differ).isInstanceOf(IdentityVerdict.Refuted.class);
    assertThat(withTime).isInstanceOf(IdentityVerdict.Proved.class);
  }

  @Test
  void sidesTooLargeForSymjasPolynomialAlgebraAreNotGivenToIt() {
    // JAS's factorisation and gcd, inside Together and Simplify, ignore stop requests; a
    // degree-300 difference kept the engine busy for minutes after its budget
    long t0 = System.nanoTime();
    IdentityVerdict v = prove("1/(x^300 - y^300 + x*y) + 1/(x^200 - y^7)",
        "(x^200 - y^7 + x^300 - y^300 + x*y)/((x^300 - y^300 + x*y)*(x^200 - y^7))");
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertThat(v).isNotInstanceOf(IdentityVerdict.Refuted.class);
    assertThat(millis).isLessThan(10_000);
    assertThat(IdentityProver.beyondAlgebra(eval("x^300 + y").raw())).isTrue();
    assertThat(IdentityProver.beyondAlgebra(eval("x^3 + y").raw())).isFalse();
  }

  @Test
  void aComputationDeafToTheStopIsAbandonedAndTheNextCallDoesNotWaitForIt() throws Exception {
    Thread caller = new Thread(() -> {
      try {
        engine.call(() -> { // ignores Symja's stop flag and every interrupt, as some Symja code
          long end = System.nanoTime() + 12_000_000_000L;
          while (System.nanoTime() < end) {
            Thread.interrupted();
          }
          return null;
        });
      } catch (RuntimeException e) {
        // abandoned, as asked
      }
    });
    caller.setDaemon(true);
    caller.start();
    Thread.sleep(300);
    boolean idle = engine.stopAndAwaitIdle(Duration.ofMillis(500));
    long t0 = System.nanoTime();
    String two = engine.eval("1+1").input();
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertThat(idle).isFalse();
    assertThat(two).isEqualTo("2");
    assertThat(millis).as("ms the next call waited").isLessThan(5000);
  }
}
