package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The highway layer's derivative, d/dx(tanh(w_H x)σ(w_T x + b_T) + x(1 − σ(w_T x + b_T))),
 * equals its hand-written form as a polynomial in σ and tanh once σ′ is written σ(1 − σ); the
 * exponential form's Together over two exponentials ran past a 40 s budget
 * ({@link NamedDerivativeForm}).
 */
@Timeout(90)
class AHighwayDerivativeIsProvedInNamedFormTest extends EngineFixture {
  private static final String GATED = "tanh(wH*x)*sigma(wT*x+bT) + x*(1-sigma(wT*x+bT))";
  private static final String WRITTEN = "wH*(1-tanh(wH*x)^2)*sigma(wT*x+bT) + (tanh(wH*x)-x)*wT"
      + "*sigma(wT*x+bT)*(1-sigma(wT*x+bT)) + 1 - sigma(wT*x+bT)";

  @Test
  void theHighwayDerivativeIsProvedInNamedForm() {
    IdentityVerdict v = new IdentityProver(engine, 30, 7L).prove(engine.diff(eval(GATED), "x"),
        eval(WRITTEN), Domain.reals(), Instant.now().plus(Duration.ofSeconds(30)));
    assertThat(v).isInstanceOf(IdentityVerdict.Proved.class);
    assertThat(((IdentityVerdict.Proved) v).strategy()).contains("σ′ = σ(1 − σ)");
  }

  @Test
  void aWrongSignInTheHighwayDerivativeIsStillRefuted() {
    IdentityVerdict v = new IdentityProver(engine, 30, 7L).prove(engine.diff(eval(GATED), "x"),
        eval(WRITTEN.replace("(tanh(wH*x)-x)", "(x-tanh(wH*x))")), Domain.reals(),
        Instant.now().plus(Duration.ofSeconds(2)));
    assertThat(v).isInstanceOf(IdentityVerdict.Refuted.class);
  }
}
