package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let $g$ denote the logistic sigmoid function. Then $\frac{d}{dz} \log g(z) = 1 - g(z)$" was
 * refuted at g = 1.76 (g(z) read as g times z): a true step ✗. A letter named in words as an
 * activation function is that function.
 */
@Timeout(60)
class ActivationDescriptionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aLetterThatDenotesTheSigmoidFunctionIsThatFunction() {
    CheckReport r = check("Let $g$ denote the logistic sigmoid function. Then\n\n"
        + "$$\\frac{d}{dz} \\log g(z) = 1 - g(z)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongDerivativeOfTheNamedFunctionIsRefutedAtItsLine() {
    CheckReport r = check("For the tanh function $h$, the derivative is\n\n"
        + "$$h'(a) = 1 + h(a)^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void anActivationNamedAsAValueStaysAValue() {
    CheckReport r = check("Here $a$ is the sigmoid activation of the unit, so\n\n"
        + "$$a(1 - a) = a - a^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theFunctionsNamedInWordsAreTheCataloguesOnes() {
    assertThat(ActivationDescriptions.body("relu")).isEqualTo("\\max(0, x)");
    assertThat(ActivationDescriptions.withGreek(java.util.List.of(),
        "$s$ is the softplus function's derivative")).isEmpty();
    assertThat(ActivationDescriptions.withGreek(java.util.List.of(),
        "\n$s$ is the softplus function.")).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(2));
  }
}
