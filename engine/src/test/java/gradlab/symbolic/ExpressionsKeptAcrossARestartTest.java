package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An expression built before the engine restarted (after a computation deaf to the stop) is
 * computed with the new evaluator's symbols: ∂/∂f₂ of it was 0, and a true step of a published
 * derivation was refuted under load ("left = 0", softmax-ce-three line 9).
 */
@Timeout(120)
class ExpressionsKeptAcrossARestartTest {

  /** Makes the engine restart: a task that looks at neither the stop flag nor interrupts. */
  private static void restart(SymbolicEngine engine) {
    int before = engine.generation();
    assertThatThrownBy(() -> engine.call(() -> {
      long end = System.nanoTime() + 4_500_000_000L;
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      return null;
    }, Duration.ofMillis(100))).isInstanceOf(EvaluationTimeoutException.class);
    assertThat(engine.generation()).isEqualTo(before + 1);
  }

  @Test
  void anExpressionFromBeforeARestartHasTheSameDerivative() {
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults())) {
      Expr kept = engine.parse("f2*x + f2^2 + g(f2)");
      String before = engine.diff(kept, "f2").input();
      restart(engine);
      assertThat(engine.diff(kept, "f2").input()).isEqualTo(before)
          .isEqualTo(engine.diff(engine.parse("f2*x + f2^2 + g(f2)"), "f2").input());
    }
  }

  @Test
  void anExpressionFromBeforeARestartTakesValuesByItsNames() {
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults())) {
      Expr kept = engine.parse("w*x + b");
      restart(engine);
      assertThat(engine.numeric(kept, Map.of("w", 2.0, "x", 3.0, "b", 1.0))).isEqualTo(7.0);
      assertThat(engine.substitute(kept, Map.of("w", engine.parse("0"))).input())
          .isEqualTo("b");
    }
  }

  @Test
  void aTrueStepAboutADefinitionFromBeforeARestartIsProvedNotRefuted() {
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults())) {
      Expr loss = engine.parse("-Log(E^f1/(E^f1 + E^f2 + E^f3))");
      restart(engine);
      Expr lhs = engine.diff(loss, "f2");
      Expr rhs = engine.parse("E^f2/(E^f1 + E^f2 + E^f3)");
      IdentityVerdict v = new IdentityProver(engine, 8, 7L).prove(lhs, rhs, Domain.reals());
      assertThat(v).isInstanceOf(IdentityVerdict.Proved.class);
    }
  }
}
