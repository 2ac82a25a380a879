package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop's probit approximation writes "(1 + π/8)^{−1/2} ≈ 0.84737" and then "σ(0.84737 · 2) =
 * σ(1.69473)": 0.84737 is the rounded value the text just computed (κμ is 1.694733), and with it
 * taken as exact the step was ✗ in a correct file (held20). A decimal the text wrote before as a
 * result is read to its digits on the left of = too; a slip larger than its rounding stays ✗.
 */
@Timeout(300)
class CarriedRoundedLeftDecimalTest extends CheckFixture {
  private static String text(String step) {
    return "# probit\n\nWith $\\mu = 2$, $\\kappa = (1 + \\pi / 8)^{-1/2} \\approx 0.84737$ and "
        + "the probability is $" + step + " \\approx 0.84485$.\n";
  }

  private static StepVerdict verdictOf(String step, String lhsStart) {
    CheckReport r = checkMarkdown("t.md", text(step));
    return r.steps().stream().filter(s -> s.isClaim() && s.lhs().startsWith(lhsStart))
        .findFirst().orElseThrow(() -> new AssertionError(r.render())).verdict();
  }

  @Test
  void aCarriedRoundedValueOnTheLeftIsReadToItsDigits() {
    assertThat(verdictOf("\\sigma(0.84737 \\cdot 2) = \\sigma(1.69473)", "\\sigma(0.84737"))
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSlipLargerThanTheRoundingIsStillRefuted() {
    assertThat(verdictOf("\\sigma(0.84737 \\cdot 2) = \\sigma(1.69573)", "\\sigma(0.84737"))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aDecimalTheTextNeverComputedStaysExact() {
    CheckReport r = checkMarkdown("t.md", "# x\n\n$$2 \\cdot 1.6036 + 1 = 4.2071$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
