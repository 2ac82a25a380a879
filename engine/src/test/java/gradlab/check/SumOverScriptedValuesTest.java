package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Goodfellow's {@code \sum_{x^{(i)}=0}^1} (a sum over the values of a Bernoulli variable, whose
 * index is a name with scripts) was "cannot read: Σ with symbolic bounds", so a wrong
 * {@code (1-\theta)} for the mean θ in the next row was never refuted.
 */
@Timeout(120)
class SumOverScriptedValuesTest extends gradlab.symbolic.EngineFixture {
  private static final String MEAN = "$$\\frac{1}{m} \\sum_{i=1}^m \\sum_{x^{(i)}=0}^1 \\left("
      + "x^{(i)} \\theta^{x^{(i)}} (1-\\theta)^{(1-x^{(i)})}\\right) - \\theta = \\frac{1}{m} "
      + "\\sum_{i=1}^m ";

  @Test
  void aWrongMeanOfTheValuesIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The bias:\n\n" + MEAN + "(1-\\theta) - \\theta$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theTrueMeanOfTheValuesIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The bias:\n\n" + MEAN + "(\\theta) - \\theta$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSumOverASubscriptedValueIsWrittenOut() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The total:\n\n$$\\sum_{y_1=0}^{1} p^{y_1} (1-p)^{1-y_1} = 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
