package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Index ranges written with dots are ranges, not claims; names the text calls constants come
 * out of E[·] and Var(·) as numbers. Each reading has a wrong twin that is still refuted, or a
 * near form that is still not read.
 */
@Timeout(60)
class RangesAndConstantsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void anIndexRangeWithDotsIsNotAClaim() {
    CheckReport r = check("For each $l = 2, 3, \\ldots, L$ compute the layer. Then for each "
        + "$l = L-1, L-2, \\ldots, 2$ go back.\n");
    assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[index range]");
  }

  @Test
  void aSumWithDotsIsStillAClaim() {
    CheckReport r = check("$$n = 1 + 1 + \\ldots + 2$$\n");
    assertThat(r.render()).doesNotContain("[index range]");
  }

  @Test
  void aScalarComesOutOfTheVarianceSquared() {
    CheckReport r = check("For a random variable $X$ and a scalar $a$, "
        + "$\\text{Var}(aX) = a^2\\text{Var}(X)$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("For a random variable $X$ and a scalar $a$, "
        + "$\\text{Var}(aX) = a\\text{Var}(X)$.\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aScalarNamedAfterTheFormulaIsAConstantThere() {
    CheckReport r = check("$$s = \\sum_i^n w_i x_i$$\n\nAnd since $\\text{Var}(aX) = "
        + "a^2\\text{Var}(X)$ for a random variable $X$ and a scalar $a$, we scale by $a$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aNameNotCalledAConstantStillNeedsIndependence() {
    CheckReport r = check("For random variables $X$ and $a$, "
        + "$\\text{Var}(aX) = a^2\\text{Var}(X)$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("needs independence");
  }

  @Test
  void aDecayRateComesOutOfTheExpectation() {
    CheckReport r = check("Let $g$ be a random gradient and take the decay rate $\\beta$. Then\n\n"
        + "$$\\mathbb{E}[(1 - \\beta) g^2] = (1 - \\beta)\\mathbb{E}[g^2]$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("Let $g$ be a random gradient and take the decay rate $\\beta$. "
        + "Then\n\n$$\\mathbb{E}[(1 - \\beta) g^2] = (1 - \\beta^2)\\mathbb{E}[g^2]$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
