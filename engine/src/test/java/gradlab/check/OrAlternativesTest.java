package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$\tilde{h} = 0$ or $\tilde{h} = \tfrac{2}{0.8} = 2.5$": the first alternative became a value
 * of h̃ and the second, true, was refuted against it (a TA's correct submission on dropout).
 */
@Timeout(60)
class OrAlternativesTest extends gradlab.symbolic.EngineFixture {
  private static final String DROPOUT = "We keep $h$ with probability $p$: $r \\sim "
      + "\\mathrm{Bernoulli}(p)$ and $\\tilde{h} = \\frac{r}{p}\\, h$.\n\n";

  @Test
  void inlineAlternativesJoinedByOrAreNotCheckedAgainstEachOther() {
    CheckReport r = FixturePair.checkMarkdown(engine, DROPOUT + "Example: $p = 0.8$, $h = 2$. "
        + "The two possible outputs are $\\tilde{h} = 0$ or $\\tilde{h} = \\tfrac{2}{0.8} = "
        + "2.5$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("alternatives joined by 'or'");
  }

  @Test
  void aFormulaAfterTheAlternativesIsStillChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $a = 2$. Then $x = 0$ or "
        + "$x = a$, and $$a + 1 = 4$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }
}
