package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain inside a row of a definition by cases is a claim where the row's condition is about
 * indices (jli05's word2vec notes: a sign slip in 1 − σ(−u_j) = σ(u_j) was "not checked"); a
 * chain under a condition on its own variable is not checked outside the case.
 */
@Timeout(60)
class CaseRowLinksTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static final String CASES = "$$\\frac{\\partial E}{\\partial u_j}=\\begin{cases}\n"
      + "-\\frac{\\sigma'(u_j)}{\\sigma(u_j)}=\\sigma(u_j)-1 & \\text{for } j=j^*,\\\\\n"
      + "\\frac{\\sigma'(-u_j)}{\\sigma(-u_j)}=1-\\sigma(-u_j)=%s & \\text{for } j=j_1,\\ldots,j_K,"
      + "\\\\\n0 & \\text{otherwise.}\n\\end{cases}$$\n";

  @Test
  void aSignSlipInsideACaseRowIsRefutedAtItsRow() {
    CheckReport r = check(String.format(CASES, "1-\\sigma(u_j)"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void theTrueRowsOfTheCasesAreProved() {
    CheckReport r = check(String.format(CASES, "\\sigma(u_j)"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aChainThatHoldsOnlyUnderItsCaseIsNotChecked() {
    CheckReport r = check("$$g(x)=\\begin{cases}\n|x| = x & x = 2,\\\\\n0 & \\text{otherwise}"
        + "\n\\end{cases}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
