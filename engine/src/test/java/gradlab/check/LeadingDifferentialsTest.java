package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nielsen's margin note {@code \int_0^1 d\sigma \sigma(1-\sigma) = 1/6} writes the differential
 * first; it was not read, so its planted 1/2 was missed. The integrand is the rest of the side,
 * σ a plain quantity there.
 */
@Timeout(60)
class LeadingDifferentialsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aGreekDifferentialWrittenFirstIsProved() {
    CheckReport r = check("Average it: $\\int_0^1 d\\sigma \\sigma(1-\\sigma) = 1/6$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongValueOfThatIntegralIsRefutedAtItsLine() {
    CheckReport r = check("Note.\n\nAverage it: $\\int_0^1 d\\sigma \\sigma(1-\\sigma) = 1/2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void aLetterDifferentialWrittenFirstTakesTheRestAsIntegrand() {
    CheckReport r = check("$$\\int_0^1 dx\\, x^2 = \\frac{1}{3}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aSumAfterALeadingDifferentialIsNotTakenAsTheIntegrand() {
    assertThat(LeadingDifferentials.read("dx\\, x^2 + 1")).isNull();
    assertThat(LeadingDifferentials.read("x^2 dx")).isNull();
  }
}
