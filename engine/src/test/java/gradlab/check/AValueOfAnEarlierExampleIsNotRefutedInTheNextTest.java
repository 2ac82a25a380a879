package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * μ = 2 computed for a group of three, then "For a group of two values $x_1$ and $x_2$ … $x_1 -
 * \mu = d$": μ is the new group's mean, and the true step was refuted with μ = 2
 * ({@link NewExampleValues}, held30).
 */
@Timeout(120)
class AValueOfAnEarlierExampleIsNotRefutedInTheNextTest extends gradlab.symbolic.EngineFixture {
  private static final String FIRST = "Take a group of $m = 3$ values $(1, 2, 3)$. Then\n\n"
      + "$$\\mu = \\frac{1 + 2 + 3}{3} = 2$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theMeanOfTheNextExampleIsNotRefutedWithTheEarlierNumber() {
    CheckReport r = check(FIRST + "For a group of two values $x_1$ and $x_2$, write $d = "
        + "\\frac{x_1 - x_2}{2}$. Then $x_1 - \\mu = d$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("in an earlier example");
  }

  @Test
  void aWrongStepWithoutANewExampleStillUsesTheEarlierNumber() {
    CheckReport r = check(FIRST + "Write $d = \\frac{x_1 - x_2}{2}$. Then $x_1 - \\mu = d$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
