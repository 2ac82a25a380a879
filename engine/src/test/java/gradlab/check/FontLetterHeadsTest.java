package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A one-letter function name in a font, Ng's {@code \mathcal{L}(a, y) = …}, defines L as
 * {@code L(a, y) = …} does; unread, a later true dL(a, y)/da was refuted with L a free name.
 */
@Timeout(60)
class FontLetterHeadsTest extends gradlab.symbolic.EngineFixture {
  private static final String LOSS =
      "$$\\mathcal{L}(a, y) = -(y \\log(a) + (1 - y) \\log(1 - a))$$\n\n";

  @Test
  void aCalligraphicHeadDefinesTheFunction() {
    CheckReport r = FixturePair.checkMarkdown(engine, LOSS
        + "$$\\frac{\\partial \\mathcal{L}(a, y)}{\\partial a} = -\\frac{y}{a} + \\frac{1 - y}{1 - a}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongDerivativeOfTheCalligraphicFunctionIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, LOSS
        + "$$\\frac{\\partial \\mathcal{L}(a, y)}{\\partial a} = -\\frac{y}{a} - \\frac{1 - y}{1 - a}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
