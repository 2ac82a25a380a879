package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A named point given another value as a supposition ("with $a = 0.2$", later "nn.Linear calls
 * it with $a = \sqrt{5}$, so …", torch.nn.init's gains) keeps no old value: the step after it is
 * never refuted at a = 0.2 (lead35: a true step was ✗ once {@code \text{gain}} was read as a
 * name). Nor does a point keep its value where the text writes it through a name given nowhere.
 */
@Timeout(300)
class AssumedNewValueOfANamedPointTest extends gradlab.symbolic.EngineFixture {
  private static final String GAIN = "The gain is\n\n$$g = \\sqrt{\\frac{2}{1 + a^2}}$$\n\n"
      + "and with $a = 0.2$:\n\n$$\\sqrt{\\frac{2}{1 + 0.2^2}} \\approx 1.3868$$\n\n";

  @Test
  void theStepAfterASupposedNewValueIsNotRefutedAtTheOldPoint() {
    CheckReport r = FixturePair.checkMarkdown(engine, GAIN + "nn.Linear calls it with $a = "
        + "\\sqrt{5}$, so\n\n$$g = \\sqrt{\\frac{2}{1 + 5}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theStepAfterANewFormulaThroughAnUnnamedQuantityIsNotRefutedAtTheOldPoint() {
    CheckReport r = FixturePair.checkMarkdown(engine, GAIN + "Xavier's bound is $a = k "
        + "\\sqrt{\\frac{6}{n}}$; with $n = 384$ and $k = 1$,\n\n"
        + "$$a = \\sqrt{\\frac{6}{384}} = 0.125$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
