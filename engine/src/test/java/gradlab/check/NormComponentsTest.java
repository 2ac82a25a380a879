package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A squared norm beside the Σ of its components ({@link NormComponents}, issue 12, chk-vec8):
 * Nielsen's {@code \frac{1}{2} \|y-a^L\|^2 = \frac{1}{2} \sum_j (y_j-a^L_j)^2} was "not checked:
 * norms of a vector that is not written out".
 */
@Timeout(300)
class NormComponentsTest extends gradlab.symbolic.EngineFixture {
  private static final String COST = "The quadratic cost for a single example is\n\n$$C = "
      + "\\frac{1}{2} \\|y-a^L\\|^2 = \\frac{1}{2} \\sum_j (%s)^2.$$\n";

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @Test
  void squaredNormIsTheSumOfItsComponentsSquared() {
    CheckReport r = FixturePair.checkMarkdown(engine, COST.formatted("y_j-a^L_j"));
    assertThat(claims(r)).as(r.render()).hasSize(2); // C = ½‖y − aᴸ‖² restates an earlier C
    assertThat(claims(r).get(1).verdict()).as(r.render())
        .isInstanceOfAny(StepVerdict.Proved.class, StepVerdict.Unknown.class);
  }

  @Test
  void squaredNormWithAComponentOfTheWrongSignIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, COST.formatted("y_j+a^L_j"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void aNormOfAProductIsNotWrittenOut() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\|W x\\|^2 = \\sum_j W_j x_j$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }
}
