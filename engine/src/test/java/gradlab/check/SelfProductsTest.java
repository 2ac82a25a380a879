package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A letter before a bracket that holds the letter itself ({@code p(1-p)}) is a product: the
 * binomial variance's slip {@code n(p/n)(1-(p/n)) = p(1-p)} was "not checked: ambiguous (p(…)
 * as a product or as p applied)" and is now refuted.
 */
@Timeout(60)
class SelfProductsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport md(String text) {
    return FixturePair.checkMarkdown(engine, text);
  }

  @Test
  void aLetterTimesABracketHoldingItselfIsAProduct() {
    assertThat(SelfProducts.holdsItself("p", "(1-p)")).isTrue();
    assertThat(SelfProducts.holdsItself("y", "(1 - y^2)")).isTrue();
    assertThat(SelfProducts.holdsItself("f", "(f(x))")).isFalse();
    assertThat(SelfProducts.holdsItself("p", "(\\exp(x))")).isFalse();
    assertThat(SelfProducts.holdsItself("p", "(1 - p_1)")).isFalse();
  }

  @Test
  void aDroppedFactorInsideTheBracketIsRefuted() {
    CheckReport r = md("Split into $n$ parts, the variance is $v = n(p/n)(1-(p/n)) = p(1-p)$.\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theTrueVarianceIsProved() {
    CheckReport r = md("Split into $n$ parts, the variance is $v = n(p/n)(1-(p/n)) = p(1-p/n)$.\n"
        + "\n$$y(1-y) = y - y^2$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aMassFunctionAtAPointKeepsBothReadings() {
    // p(0) = 1 − p of a Bernoulli mass function: p applied, never p times 0
    CheckReport r = md("The mass function gives $p(0) = 1 - p$ and $p(1) = p$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
