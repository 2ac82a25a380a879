package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step checked after the algebra engine restarted (a stop it did not hear, on a loaded
 * machine) is neither refuted nor proved: the definitions read before are on the old engine's
 * symbols, so the published softmax-ce-three's true ∂L/∂f₂ was ✗ "left = 0" in a corpus run
 * ({@link ResultsAfterARestart}). The restart is made here as the engine makes it, by its own
 * method, between the definitions and the claim. Its own engine, so no other test sees it.
 */
@Timeout(120)
class NoVerdictAfterAnEngineRestartTest {
  private static SymbolicEngine engine;

  @BeforeAll
  static void start() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static List<StepResult> check(boolean restart, String claim) throws Exception {
    try (DocumentRun run = new DocumentRun(engine, new StepChecker(engine),
        Duration.ofSeconds(20), true)) {
      DisplayBlock.check(run, 1, "p_1 = \\frac{e^{f_1}}{e^{f_1} + e^{f_2}}", true);
      DisplayBlock.check(run, 3, "L = -\\log p_1", true);
      if (restart) {
        Method m = SymbolicEngine.class.getDeclaredMethod("restart");
        m.setAccessible(true);
        m.invoke(engine); // as a stop the engine did not hear does
      }
      DisplayBlock.check(run, 5, claim, true);
      return run.results();
    }
  }

  private static StepVerdict claim(List<StepResult> rs) {
    return rs.stream().filter(StepResult::isClaim).reduce((a, b) -> b).orElseThrow()
        .verdict();
  }

  @Test
  void aTrueStepAfterARestartIsNotRefuted() throws Exception {
    String truth = "\\frac{\\partial L}{\\partial f_2} = \\frac{e^{f_2}}{e^{f_1} + e^{f_2}}";
    assertThat(claim(check(false, truth))).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claim(check(true, truth))).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void aWrongStepThatTheOldSymbolsMakeTrueIsNotProvedAfterARestart() throws Exception {
    String wrong = "\\frac{\\partial L}{\\partial f_2} = 0";
    assertThat(claim(check(false, wrong))).isNotInstanceOf(StepVerdict.Proved.class);
    // the old symbols made its left side 0 and the step ✓; now "not checked" (no values) or
    // undecided after the restart, never proved
    assertThat(claim(check(true, wrong))).isNotInstanceOf(StepVerdict.Proved.class);
  }
}
