package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS231n's numerical gradient, {@code \frac{df(x)}{dx} = \frac{f(x + h) - f(x)}{h}}: f written
 * as df(x)/dx is a function of x, never f times x (read as a product both sides were f, and the
 * approximation was "proved").
 */
@Timeout(60)
class DifferentiatedLetterTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theOneSidedAndCenteredDifferencesAreProvedOnlyAsTheStepVanishes() {
    CheckReport r = check("The finite difference:\n\n$$\n\\frac{df(x)}{dx} = \\frac{f(x + h) "
        + "- f(x)}{h} \\hspace{0.1in} \\text{(bad, do not use)}\n$$\n\nthe centered one:\n\n"
        + "$$\n\\frac{df(x)}{dx} = \\frac{f(x + h) - f(x - h)}{2h}\n$$\n");
    // as a product both sides were f ("proved: rewriting"); read as h → 0 (FiniteDifferences)
    // both hold for every twice-differentiable f, and the proof names that reading
    assertThat(r.steps()).as(r.render()).filteredOn(st -> st.verdict() instanceof
        StepVerdict.Proved).hasSize(2).allSatisfy(st -> assertThat(((StepVerdict.Proved)
        st.verdict()).how()).contains("read as h → 0"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aFunctionTheTextDefinesKeepsItsDefinition() {
    CheckReport r = check("Let $f(x) = x^2$.\n\n$$\\frac{df(x)}{dx} = 2x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(check("Let $f(x) = x^2$.\n\n$$\\frac{df(x)}{dx} = 3x$$\n").firstRefuted())
        .isPresent();
  }

  @Test
  void onlyALetterDifferentiatedInItsOwnArgumentIsAFunction() {
    assertThat(GenericFunctionNames.differentiated("\\frac{df(x)}{dx} = 1")).containsExactly("f");
    assertThat(GenericFunctionNames.differentiated("\\frac{d f(y)}{dx}")).isEmpty();
    assertThat(GenericFunctionNames.differentiated("\\frac{d\\sigma(x)}{dx}")).isEmpty();
  }
}
