package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The KL divergence of two Gaussians written {@code $$KL = \log\frac{\sigma_2}{\sigma_1} + …$$}
 * was read as the product K·L of free names: the definition was "not checked" and ∂KL/∂μ₁ was
 * refuted as 0 (a held-out derivation). Defined at the start of a formula, with no letter of it a
 * name alone, the run is one name.
 */
@Timeout(60)
class AcronymDefinedOnceIsOneNameTest extends gradlab.symbolic.EngineFixture {
  private static final String KL = "For $p = \\mathcal{N}(\\mu_1, \\sigma_1^2)$ and "
      + "$q = \\mathcal{N}(\\mu_2, \\sigma_2^2)$,\n\n"
      + "$$KL = \\log\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}"
      + "{2\\sigma_2^2} - \\frac{1}{2}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theTrueDerivativeOfADefinedAcronymIsProved() {
    CheckReport r = check(KL
        + "$$\\frac{\\partial KL}{\\partial \\mu_1} = \\frac{\\mu_1 - \\mu_2}{\\sigma_2^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongDerivativeOfADefinedAcronymIsRefutedAtItsLine() {
    CheckReport r = check(KL
        + "$$\\frac{\\partial KL}{\\partial \\mu_1} = \\frac{\\mu_1 - \\mu_2}{2\\sigma_2^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void withoutTheGaussiansTheSquaredDeviationStaysAmbiguousButAWrongSignIsRefuted() {
    String bare = KL.substring(KL.indexOf("$$"));
    CheckReport r = check("For two Gaussians,\n\n" + bare
        + "$$\\frac{\\partial KL}{\\partial \\mu_1} = \\frac{\\mu_1 - \\mu_2}{\\sigma_2^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport w = check("For two Gaussians,\n\n" + bare
        + "$$\\frac{\\partial KL}{\\partial \\mu_1} = \\frac{\\mu_2 - \\mu_1}{\\sigma_2^2}$$\n");
    assertThat(w.firstRefuted()).as(w.render()).isPresent();
  }

  @Test
  void aRunWhoseLetterIsANameAloneKeepsBothReadings() {
    String text = "Let $K = 2$ and $L = 3$.\n\n$$KL = 5$$\n";
    assertThat(WordNames.rewrite(text)).isEqualTo(text);
    assertThat(check(text).firstRefuted()).isEmpty();
  }

  @Test
  void aRunNotDefinedAtTheStartOfAFormulaIsLeftAlone() {
    String text = "$$x = AB + 1$$\n";
    assertThat(WordNames.rewrite(text)).isEqualTo(text);
  }

  @Test
  void aDefinedRunIsOneNameInEveryFormula() {
    assertThat(WordNames.rewrite("$$MSE = \\frac{1}{2}(y - t)^2$$ so $\\partial MSE$"))
        .isEqualTo("$$\\mathrm{MSE} = \\frac{1}{2}(y - t)^2$$ so $\\partial \\mathrm{MSE}$");
  }
}
