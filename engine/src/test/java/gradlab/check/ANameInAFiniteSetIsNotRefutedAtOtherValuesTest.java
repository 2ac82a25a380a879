package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let $y \in \{-1, 1\}$": y takes only those values, and the true y³ = y was ✗ at y = 0.50, a
 * value the text excludes ({@link FiniteValueSets}).
 */
@Timeout(60)
class ANameInAFiniteSetIsNotRefutedAtOtherValuesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aSignLabelCubedIsNotRefutedAtAValueBetweenItsSigns() {
    CheckReport r = check("Let $y \\in \\{-1, 1\\}$. Then $$y^3 = y$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("one of {-1, 1}");
  }

  @Test
  void withoutTheSetTheSameStepIsRefuted() {
    CheckReport r = check("Let $y$ be the label. Then $$y^3 = y$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aValueInTheSetIsAllowedAndOneOutsideIsNot() {
    assertThat(FiniteValueSets.allows("one of {-1, 1}", -1)).isTrue();
    assertThat(FiniteValueSets.allows("one of {-1, 1}", 0.5)).isFalse();
    assertThat(FiniteValueSets.allows("0 or 1", 1)).isFalse();
  }

  @Test
  void aWrongStepIsRefutedAtAValueOfTheSet() {
    CheckReport r = check("Let $y \\in \\{-1, 1\\}$. Then $$y^3 = -y$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("y = -1");
  }
}
