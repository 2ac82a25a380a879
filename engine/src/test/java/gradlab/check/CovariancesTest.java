package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cov(A, B) = E[AB] − E[A]E[B], read in LaTeX and in plain text: it was "cannot read:
 * covariances Cov(…)" everywhere (user37, user38). Where E[AB] needs an independence the text
 * does not state, it is not checked, never refuted.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CovariancesTest extends CheckFixture {

  @Test
  void theCovarianceOfANameWithItselfIsItsVariance() {
    CheckReport r = checkText("hw.md", "Cov(X, X) = Var(X)\n\nCov(2X, X) = 2 Var(X)\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aLatexCovarianceOfIndependentNamesIsZero() {
    CheckReport r = checkMarkdown("hw.md", "Let $X$ and $Y$ be independent.\n\n"
        + "$$\\mathrm{Var}(X + Y) = \\mathrm{Var}(X) + \\mathrm{Var}(Y) + 2\\operatorname{Cov}(X, Y)$$"
        + "\n\n$$\\operatorname{Cov}(X, Y) = 1$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void aCovarianceOfNamesNotStatedIndependentIsNotRefuted() {
    CheckReport r = checkText("hw.md", "Cov(X, Y) = 0\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 1).verdict().toString()).as(r.render()).contains("independence");
  }
}
