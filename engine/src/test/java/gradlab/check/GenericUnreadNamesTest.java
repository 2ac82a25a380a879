package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hastie's p = Pr(Y = 1|x) and Salimans' a, b written through densities are not read: a step
 * that uses such a name only as a coefficient, and names nothing of its definition, is checked
 * with the name free ({@link GenericUnreadNames}); a ✗ only where it fails at each of a spread of
 * the name's values.
 */
@Timeout(120)
class GenericUnreadNamesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("unread.md", text);
  }

  private static CheckReport hastie(String step) {
    return check("To see this, write $p = \\Pr(Y = 1|x)$; then\n\n$$" + step + "$$\n");
  }

  @Test
  void aWrongSignThroughAnUnreadProbabilityIsRefutedAtItsLine() {
    CheckReport r = hastie("\\frac{\\partial}{\\partial f} \\left( p e^{-f} + (1 - p) e^{f} "
        + "\\right) = -p e^{-f} - (1 - p) e^{f}");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void theTrueDerivativeWithAnUnreadCoefficientIsProved() {
    CheckReport r = hastie("\\frac{\\partial}{\\partial f} \\left( p e^{-f} + (1 - p) e^{f} "
        + "\\right) = -p e^{-f} + (1 - p) e^{f}");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aStepThatHoldsForPositiveValuesOfTheUnreadNameIsNotRefuted() {
    CheckReport r = hastie("\\sqrt{p^2} \\, e^{-f} = p e^{-f}");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDerivativeByANameOfTheUnreadDefinitionIsNotChecked() {
    CheckReport r = hastie("\\frac{\\partial}{\\partial x} \\left( p x \\right) = 2 p");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongSignWithTwoUnreadCoefficientsWrittenApartIsRefutedAtItsLine() {
    CheckReport r = check("Write $a = \\Pr(Y = 1|x)$, $b = \\operatorname{Var}(Z \\mid u)$. Then\n\n"
        + "$$\\frac{\\partial}{\\partial D} \\left( a \\log D + b \\log(1 - D) \\right) = "
        + "\\frac{a}{D} + \\frac{b}{1 - D}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void twoUnreadNamesDefinedThroughTheSameSymbolsAreNotRefutedApart() {
    CheckReport r = check("Write $p = \\Pr(Y = 1|x)$ and $q = \\Pr(Y = -1|x)$. Their sum is "
        + "one, so\n\n$$(p + q)^2 = p + q$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  private static final String TIED = "Write $a = \\alpha p_{\\text{data}}(x) + \\beta "
      + "p_{\\text{model}}(x)$, $b = (1 - \\alpha) p_{\\text{data}}(x) + (1 - \\beta) "
      + "p_{\\text{model}}(x)$. Then\n\n$$\\frac{\\partial}{\\partial D} \\left( a \\log D + b "
      + "\\log(1 - D) \\right) = ";

  @Test
  void aWrongSignWhereOnlyOneOfTwoTiedUnreadNamesMattersIsRefutedAtItsLine() {
    CheckReport r = check(TIED + "\\frac{a}{D} + \\frac{b}{1 - D}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void theTrueDerivativeWithTwoTiedUnreadNamesIsNotRefuted() {
    CheckReport r = check(TIED + "\\frac{a}{D} - \\frac{b}{1 - D}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDerivativeWhoseTruthDependsOnBothTiedNamesIsNotRefuted() {
    CheckReport r = check("Write $p = \\Pr(Y = 1|x)$ and $q = \\Pr(Y = -1|x)$. Their sum is "
        + "one, so\n\n$$\\frac{\\partial}{\\partial D} \\left( (p + q) D \\right) = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
