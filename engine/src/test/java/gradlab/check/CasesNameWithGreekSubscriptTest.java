package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function by cases whose name has a command as its subscript, Koenker and Bassett's check
 * function {@code \rho_\tau(u) = \begin{cases} …}, was "not checked: definitions by cases", and
 * its derivative stated case by case "ρ_tau′(…) of a function the text does not define"
 * (koenker-bassett-quantile-check-function). The name is read as {@code \rho_1} or
 * {@code \rho_{\tau}} are ({@link RegionCases}).
 */
@Timeout(120)
class CasesNameWithGreekSubscriptTest extends CheckFixture {
  private static final String CHECK = "# check function\n\n"
      + "For $0 < \\tau < 1$ the check function is\n\n"
      + "$$\\rho_\\tau(u) = \\begin{cases} \\tau u & \\text{if } u \\geq 0 \\\\ (\\tau - 1) u & "
      + "\\text{if } u < 0 \\end{cases}$$\n\n"
      + "$$\\rho_\\tau'(u) = \\begin{cases} \\tau & \\text{if } u > 0 \\\\ %s & \\text{if } u < 0 "
      + "\\end{cases}$$\n";

  @Test
  void aDerivativeByCasesOfAFunctionWithAGreekSubscriptIsChecked() {
    CheckReport r = checkMarkdown("t.md", CHECK.formatted("\\tau - 1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongCaseOfItIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("t.md", CHECK.formatted("1 - \\tau"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(7));
  }
}
