package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ReLU's derivative written with {@code \begin{cases}} (Parr and Howard; students) was wholly
 * "not checked: definitions by cases", so a wrong case passed unseen. Each case of a derivative
 * is now a claim under its condition; a function defined by cases stays a definition not read.
 */
@Timeout(60)
class CasesClaimsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void eachCaseOfATrueDerivativeHoldsUnderItsCondition() {
    CheckReport r = check("Let $f(z) = \\max(0, z)$.\n\n$$\\frac{d}{dz} f(z) = \\begin{cases} 1 & "
        + "\\text{if } z > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n\n"
        + "$$\\frac{\\partial}{\\partial z}\\max(0,z) = \\begin{cases} 0 & z \\leq 0\\\\ 1 & z > 0"
        + "\\\\ \\end{cases}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("z \\le 0   [assumption]");
  }

  @Test
  void aWrongCaseIsRefutedAtItsLine() {
    CheckReport r = check("Let $f(z) = \\max(0, z)$.\n\n$$\\frac{d}{dz} f(z) = \\begin{cases} z & "
        + "\\text{if } z > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void aFunctionDefinedByCasesOrAnIndexConditionIsNotRead() {
    CheckReport r = check("$$H(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & \\text{otherwise} "
        + "\\end{cases}$$\n\n$$D_jS_i=\\begin{cases} S_j(1-S_i), & \\text{if i= j}.\\\\ -S_jS_i, & "
        + "\\text{otherwise}. \\end{cases}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("definitions by cases");
  }

  @Test
  void otherwiseIsTheOppositeOfTheOneConditionBeforeIt() {
    assertThat(CasesClaims.opposite("z > 0")).isEqualTo("z \\le 0");
    assertThat(CasesClaims.opposite("x \\geq 1")).isEqualTo("x < 1");
    assertThat(CasesClaims.opposite("i = j")).isNull();
  }
}
