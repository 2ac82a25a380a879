package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.jas.arith.BigRational;
import edu.jas.kern.PreemptStatus;
import edu.jas.kern.PreemptingException;
import edu.jas.poly.GenPolynomialRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JAS's polynomial algebra (the gcd inside Together, Factor, Simplify) hears the stop (issue 12,
 * the heap defect). JAS looks only at its thread's interrupt, and only where its start-up allowed
 * it; Symja's start-up forbids it. The highway layer's derivative (srivastava-highway-gates.md
 * line 15, at --step-time 8) then ran a gcd on past its budget, the engine was restarted beside
 * it, and the abandoned gcd grew to 5.4 GB and ran a corpus JVM out of heap. With the check on,
 * the same command peaks at 1.4 GB and the engine is not restarted.
 */
@Timeout(120)
class TogetherHearsTheStopTest extends EngineFixture {

  @Test
  void afterTheEngineStartsJasMayBePreempted() {
    assertThat(PreemptStatus.isAllowed()).isTrue();
  }

  @Test
  void aPolynomialBuiltOnAnInterruptedThreadStopsTheComputation() {
    GenPolynomialRing<BigRational> ring =
        new GenPolynomialRing<>(BigRational.ONE, new String[] {"x", "y"});
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> ring.parse("(x + y)^3 - x*y"))
          .isInstanceOf(PreemptingException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
