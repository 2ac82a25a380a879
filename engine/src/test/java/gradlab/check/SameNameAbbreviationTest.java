package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "With $p_g = p_g(x)$ and $D = D(x)$": a name written for the value of the undefined function of
 * the same name at a point is any number, so the pointwise derivative in it is checked (Mao et
 * al.'s least squares GAN); a step that reaches the point itself, or a function the text defines,
 * is not read that way.
 */
@Timeout(120)
class SameNameAbbreviationTest extends EngineFixture {
  private static final String LEAD = "At a point $x$, with $p_g = p_g(x)$ and $D = D(x)$, the "
      + "integrand is $\\frac{1}{2} p_d (D - b)^2 + \\frac{1}{2} p_g (D - a)^2$, and\n\n"
      + "$$\\frac{\\partial}{\\partial D} \\left( \\frac{1}{2} p_d (D - b)^2 + \\frac{1}{2} p_g "
      + "(D - a)^2 \\right) = ";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", text);
  }

  @Test
  void aSignSlipInAPointwiseDerivativeAfterSameNameAbbreviationsIsRefutedAtItsLine() {
    CheckReport r = check(LEAD + "p_d (D - b) - p_g (D - a)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void theRightPointwiseDerivativeIsProvedAndTheAbbreviationsListed() {
    CheckReport r = check(LEAD + "p_d (D - b) + p_g (D - a)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("proved").contains(SameNameAbbreviations.NOTE);
  }

  @Test
  void aDerivativeOfTheValueInThePointItselfIsNotRefuted() {
    CheckReport r = check("At a point $x$, with $D = D(x)$,\n\n$$\\frac{\\partial D}{\\partial x} "
        + "= 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("✓");
  }

  @Test
  void aFunctionTheTextDefinesIsNotAbbreviated() {
    CheckReport r = check("$$D(x) = x^2$$\n\nAt a point $x$, with $D = D(x)$,\n\n"
        + "$$D - 1 = x^2 - 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain(SameNameAbbreviations.NOTE);
  }
}
