package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∂f/∂c of a one-parameter function whose body reaches c through a definition ({@code f(x) = a
 * x^2}, {@code a = 3c}) is the partial of f(x) in c, never f′(c): {@link
 * DefinedParameterDerivatives} read it as d/dc f(c) = 9c² and refuted the true 3x², and ∂f/∂a =
 * x² as 3a² (found by miss26, {@link BodyReach}).
 */
@Timeout(60)
class PartialThroughADefinitionOfTheBodyTest extends CheckFixture {
  private static final String LATEX = "Let $f(x) = a x^2$.\n\nLet $a = 3 c$.\n\n";

  @Test
  void theTruePartialByANameTheBodyReachesThroughADefinitionIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md", LATEX + "Then $\\frac{\\partial f}{\\partial c} = 3 x^2$."
        + "\n\nAnd $\\frac{\\partial f}{\\partial a} = x^2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theSameInPlainTextIsNotRefuted() {
    CheckReport r = checkText("t.txt", "f(x) = a*x^2\na = 3*c\ndf/dc = 3*x^2\ndf/da = x^2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theDerivativeOfTheFunctionAtTheNameIsNeverProvedAsThePartial() {
    CheckReport r = checkMarkdown("t.md", LATEX
        + "Then $\\frac{\\partial f}{\\partial c} = 9 c^2$.\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Proved.class);
  }
}
