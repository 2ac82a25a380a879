package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A second formula for a defined name given as another method's ("This is in contrast to
 * Sutskever et al., whose update is …", PyTorch's SGD note) is a rival definition, not a claim
 * about the first (lead35: it was ✗ once {@code \text{lr}} was read). A restatement without such
 * words is still checked against the first.
 */
@Timeout(300)
class RivalFormulaAfterContrastingWordsTest extends gradlab.symbolic.EngineFixture {
  private static final String FIRST = "The update is\n\n$$v_{t+1} = \\mu v_{t} + g_{t+1}, "
      + "\\qquad p_{t+1} = p_{t} - \\eta v_{t+1}$$\n\n";

  @Test
  void aRivalFormulaAfterInContrastToIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, FIRST + "This is in contrast to "
        + "Sutskever et al., whose update is\n\n$$v_{t+1} = \\mu v_{t} + \\eta g_{t+1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongRestatementWithoutContrastingWordsIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, FIRST + "Equivalently,\n\n"
        + "$$v_{t+1} = \\mu v_{t} + 2 g_{t+1}$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNumberWorkedOutAnewAfterUnlikeBeforeInlineMathIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "With $\\eta = 0.5$ and $g = -0.3$ the "
        + "update is\n\n$$\\Delta z = -\\eta g = 0.15$$\n\nUnlike plain gradient descent, "
        + "momentum uses $v = 0.1$ and the update becomes\n\n"
        + "$$\\Delta z = -0.5 \\cdot (-0.3) + 0.9 \\cdot 0.1 = 0.24$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty(); // a tmux probe's false ✗ (lead35)
  }
}
