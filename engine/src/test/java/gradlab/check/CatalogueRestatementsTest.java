package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

class CatalogueRestatementsTest extends EngineFixture {

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theSigmoidWrittenOutAfterLetIsProvedNotAssumed() {
    CheckReport r = check("Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n");
    assertThat(r.steps().get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSigmaOfTheTextsOwnIsNotCheckedAndNeitherAreStepsThroughIt() {
    // σ(1) = e/(e − 1) is true of the text's σ: it was refuted with the logistic sigmoid
    CheckReport r = check("Let $\\sigma(z) = \\frac{1}{1-e^{-z}}$.\n\n"
        + "$$\\sigma(1) = \\frac{e}{e-1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().get(0).verdict()).as(r.render())
        .isInstanceOfSatisfying(StepVerdict.NotChecked.class, n -> assertThat(n.reason())
            .contains("of its own"));
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongSigmoidAfterTheTextNamesTheSigmoidIsStillRefuted() {
    CheckReport r = check("The logistic sigmoid is $\\sigma(z) = \\frac{1}{1-e^{-z}}$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
