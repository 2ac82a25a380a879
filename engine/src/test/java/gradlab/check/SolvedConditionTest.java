package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Setting its derivative with respect to $f$ to zero gives $$p e^{-f} = (1 - p) e^{f}$$" (the
 * population minimizer of the exponential loss) was refuted at random p and f, as if claimed for
 * every value: a true step ✗. An equation obtained from a condition holds where the condition
 * does; the steps after it are checked given it.
 */
@Timeout(60)
class SolvedConditionTest extends gradlab.symbolic.EngineFixture {
  private static final String SETTING = "The expected loss is $p e^{-f} + (1 - p) e^{f}$. "
      + "Setting its derivative with respect to $f$ to zero gives\n\n"
      + "$$p e^{-f} = (1 - p) e^{f}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void anEquationObtainedBySettingADerivativeToZeroIsNotRefutedAsAnIdentity() {
    CheckReport r = check(SETTING);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().getFirst().verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongConsequenceOfTheConditionIsRefutedGivenIt() {
    CheckReport r = check(SETTING + "so that, multiplying by $e^{f}$,\n\n"
        + "$$e^{2f} = \\frac{p}{1 + p}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void theSameEquationClaimedWithoutAConditionIsStillRefuted() {
    CheckReport r = check("The two terms of the loss are equal:\n\n"
        + "$$p e^{-f} = (1 - p) e^{f}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aWrongEquationAtTheTextsOwnValuesIsStillRefuted() {
    CheckReport r = check("At $p = 0.8$ and $f = 1$, setting the derivative to zero gives\n\n"
        + "$$p e^{-f} = (1 - p) e^{f}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theSentencesThatObtainAnEquationFromAConditionAreTold() {
    assertThat(SolvedConditions.obtainedFromACondition("Setting it to zero gives")).isTrue();
    assertThat(SolvedConditions.obtainedFromACondition("At the minimum, we have")).isTrue();
    assertThat(SolvedConditions.obtainedFromACondition("Solving for $w$,")).isTrue();
    assertThat(SolvedConditions.obtainedFromACondition("The gradient vanishes when")).isTrue();
    assertThat(SolvedConditions.obtainedFromACondition("The slope is zero when")).isTrue();
    assertThat(SolvedConditions.obtainedFromACondition("By the chain rule,")).isFalse();
    assertThat(SolvedConditions.obtainedFromACondition("Setting the zero padding to $P = 1$ "
        + "ensures that")).isFalse();
    assertThat(SolvedConditions.obtainedFromACondition("Their expectation is zero for every "
        + "$\\theta$:")).isFalse();
    assertThat(SolvedConditions.obtainedFromACondition("The gradient vanishes identically:"))
        .isFalse();
    assertThat(SolvedConditions.obtainedFromACondition("The vanishing gradient is")).isFalse();
    assertThat(SolvedConditions.obtainedFromACondition("Set to zero. Then")).isFalse();
  }

  @Test
  void aWrongDerivativeWhereTheTextSaysItVanishesIsStillRefuted() {
    CheckReport r = check("The supremum is attained where the derivative in $u$ vanishes,\n\n"
        + "$$\\frac{\\partial}{\\partial u} \\left( u t - u \\log u \\right) = t - \\log u$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
