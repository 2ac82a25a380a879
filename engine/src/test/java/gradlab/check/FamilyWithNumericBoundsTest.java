package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let $p_k = \frac{k}{6}$ for $k = 1, \dots, 3$": the members were never written out, and
 * p₁ + p₂ + p₃ = 1 was "holds only for values the text does not state" (new-user tester).
 */
@Timeout(60)
class FamilyWithNumericBoundsTest extends gradlab.symbolic.EngineFixture {
  private static final String FAMILY = "Let $z_1 = 1$, $z_2 = 2$, $q_k = z_k^2$ and "
      + "$p_k = \\frac{k}{6}$ for $k = 1, \\dots, 3$.\n\n";

  @Test
  void theMembersAreDefinedWithTheIndexPutIn() {
    CheckReport r = FixturePair.checkMarkdown(engine, FAMILY
        + "$$p_1 + p_2 + p_3 = 1$$\n\n$$q_1 + q_2 = 5$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = FixturePair.checkMarkdown(engine, FAMILY + "$$p_1 + p_2 + p_3 = 2$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aMemberOutsideTheBoundsStaysUndefined() {
    CheckReport r = FixturePair.checkMarkdown(engine, FAMILY + "$$p_4 = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
