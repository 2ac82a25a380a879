package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nudges in Ng's computation-graph notes: "increase $v$ by 0.001, then $J = 33 \rightarrow
 * 33.003$" is no implication but two values of J; and a derivative claimed after a nudge of a
 * quantity that is affine in the nudged name must be the nudge's ratio (issue 12).
 */
@Timeout(120)
class NudgeArrowsTest extends gradlab.symbolic.EngineFixture {
  private static final String GRAPH = "Consider $J = 3v$, $v = a + u$ and $u = b c$.\n\n";
  private static final String B_NUDGE = "- $b = 3$, increasing $b$ by 0.001 results in "
      + "$u = 6 \\rightarrow 6.002$\n- $v = 11 \\rightarrow 11.002$\n- $J = 33 \\rightarrow "
      + "33.006$\n\nThe increase in $J$ is 6 times the increase in $b$, so:\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void bothValuesOfANudgeAreProvedThroughTheDefinition() {
    CheckReport r = check(GRAPH + "If $v = 11$ and we increase $v$ by 0.001, then:\n\n"
        + "$$J = 33 \\rightarrow 33.003$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).as(r.render()).contains("as v goes from 11 to 11.001")
        .doesNotContain("implication");
  }

  @Test
  void aWrongValueAfterTheNudgeIsRefutedAtItsLine() {
    CheckReport r = check(GRAPH + "If $v = 11$ and we increase $v$ by 0.001, then:\n\n"
        + "$$J = 33 \\rightarrow 33.03$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void aNudgeLineMovesTheNextOneThroughTheGraph() {
    CheckReport r = check(GRAPH + B_NUDGE + "$$\\frac{dJ}{db} = 6$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("as v goes from 11 to 11.002");
  }

  @Test
  void aDerivativeOtherThanTheRatioOfAnAffineNudgeIsRefuted() {
    CheckReport r = check(GRAPH + B_NUDGE + "$$\\frac{dJ}{db} = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(9));
  }

  @Test
  void aDerivativeOfANonAffineQuantityIsNotRefutedByTheSecant() {
    CheckReport r = check("Let $J = v^2$. If $v = 3$ and we nudge $v$ by 0.1, then "
        + "$J = 9 \\rightarrow 9.61$, so\n\n$$\\frac{dJ}{dv} = 6$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void anArrowWithoutWordsOfANudgeStaysAnImplication() {
    CheckReport r = check(GRAPH + "$$J = 33 \\rightarrow 34$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
