package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A display chain written over several lines without alignment (d2l's log-sum-exp): the wrong
 * term on its third line was named at the display's first line.
 */
@Timeout(60)
class ChainOverSeveralLinesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aWrongTermIsNamedAtItsOwnLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\nf =\n(x + 1)^2 =\nx^2 + 2x + 2\n$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(4);
  }
}
