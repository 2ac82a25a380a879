package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A superscript 0 on a name ({@code \beta^0}, the initial iterate of a proximal gradient
 * method) may be an index or a power ({@link ZeroSuperscripts}): the lasso's "take
 * $\beta^0 = 0$" was read as β⁰ = 1 and refuted in a correct file (held31). A step wrong under
 * both readings is still refuted, and Euler's e⁰ is still 1.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InitialIterateSuperscriptZeroTest extends EngineFixture {
  private static final String START = "Take $t = 0.25$ and $\\beta^0 = 0$.\n\n";

  @Test
  void theInitialIterateGivenTheValueZeroIsNeverRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, START
        + "$$\\beta^0 - t \\cdot 2 = -0.5$$\n");
    assertThat(r.steps()).as(r.toString())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
  }

  @Test
  void aStepWrongUnderBothReadingsOfTheInitialIterateIsRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine, START
        + "$$\\beta^0 - t \\cdot 2 = 7$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void eulersNumberToThePowerZeroIsStillOne() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$e^0 + 1 = 2$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }
}
