package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two values the text states that the reader dropped too early (found by a new user and in
 * Mazur's post). "For $n = 512$: $σ = … = 0.0625$." — the colon makes the point a header, so
 * "So $σ^2 = 2/n = 0.0039$." is read at n = 512; it was "puts in values the text does not
 * state". And a value stated before the name is defined (out = 0.75 in a forward pass, then
 * out = σ(net)) is still the value the next substitution uses.
 */
@Timeout(60)
class PointHeaderAndStatedValueTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aPointFollowedByAColonHoldsIntoTheNextSentence() {
    CheckReport r = check("Weights with $\\sigma = \\sqrt{2/n}$.\n\n"
        + "For $n = 512$: $\\sigma = \\sqrt{2/512} = 0.0625$.\n\n"
        + "So $\\sigma^2 = \\frac{2}{n} = 0.00390625$.\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(4);
  }

  @Test
  void aWrongValueAfterTheColonHeaderIsRefuted() {
    CheckReport r = check("Weights with $\\sigma = \\sqrt{2/n}$.\n\n"
        + "For $n = 512$: $\\sigma = \\sqrt{2/512} = 0.0625$.\n\n"
        + "So $\\sigma^2 = \\frac{2}{n} = 0.0039$, and $\\frac{1}{n} = 0.004$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aValueStatedBeforeTheDefinitionIsUsedInTheNextSubstitution() {
    CheckReport r = check("$$E = \\frac{1}{2}(t_{o1} - out_{o1})^2$$\n\n"
        + "$$\\frac{\\partial E}{\\partial out_{o1}} = -(t_{o1} - out_{o1}) = -(0.01 - 0.75)"
        + " = 0.74$$\n\n"
        + "Here $out_{o1} = \\frac{1}{1+e^{-net_{o1}}}$.\n\n"
        + "$$out_{o1}(1 - out_{o1}) = 0.75(1 - 0.75) = 0.1875$$\n");
    assertThat(r.render()).contains("✓ out_{o1}(1 - out_{o1}) = 0.75(1 - 0.75)");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDifferentNumberPutInForTheStatedValueIsNotProved() {
    CheckReport r = check("$$E = \\frac{1}{2}(t_{o1} - out_{o1})^2$$\n\n"
        + "$$\\frac{\\partial E}{\\partial out_{o1}} = -(t_{o1} - out_{o1}) = -(0.01 - 0.75)"
        + " = 0.74$$\n\n"
        + "Here $out_{o1} = \\frac{1}{1+e^{-net_{o1}}}$.\n\n"
        + "$$out_{o1}(1 - out_{o1}) = 0.57(1 - 0.57)$$\n");
    assertThat(r.render()).doesNotContain("✓ out_{o1}(1 - out_{o1}) = 0.57");
  }
}
