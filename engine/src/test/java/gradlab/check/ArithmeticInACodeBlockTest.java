package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS231n gives VGGNet's breakdown as plain rows in a code block; a wrong weight count there,
 * {@code weights: (3*3*64)*64 = 576}, was never read, since code is blanked. Whole-number
 * arithmetic in a code block is a claim; rounded values, Python's powers and code stay unread.
 */
@Timeout(60)
class ArithmeticInACodeBlockTest extends gradlab.symbolic.EngineFixture {
  private static final String ROWS = "The first rows of the breakdown:\n\n```\n"
      + "INPUT: [224x224x3]        memory:  224*224*3=150K   weights: 0\n"
      + "CONV3-64: [224x224x64]  memory:  224*224*64=3.2M   weights: (3*3*3)*64 = 1,728\n"
      + "CONV3-64: [224x224x64]  memory:  224*224*64=3.2M   weights: (3*3*64)*64 = %s\n"
      + "```\n";

  @Test
  void aWrongCountInACodeRowIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, ROWS.formatted("576"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(6);
  }

  @Test
  void trueCountsWithThousandsCommasAreProvedAndRoundedSizesAreNotRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, ROWS.formatted("36,864"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).hasSize(2)
        .allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void pythonPowersIndexesDecimalsAndComparisonsAreNotClaims() {
    CheckReport r = FixturePair.checkMarkdown(engine, "```python\n"
        + "x = 2**3 = 8\n" + "a[2*3] = 5\n" + "y = 0.5*4 = 3\n" + "assert 2*3 == 7\n"
        + "z = 1e3*2 = 7\n" + "n = 2 3*4 = 1\n" + "w = (2*3 = 6\n" + "```\n");
    assertThat(r.steps()).as(r.render()).isEmpty();
  }
}
