package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "each factor $A < 1$ when $B$": B is one assumption row and A a claim checked under it; both
 * were silent [assumption] rows (user29, seed 000 1(a)).
 */
class ClaimUnderATrailingHypothesisTest extends CheckFixture {
  private static final String SIGMOID = "With $g(z) = \\frac{1}{1 + e^{-z}}$ we have "
      + "$g'(z) = g(z)(1 - g(z))$.\n\n";

  private CheckReport markdown(String body) {
    return checkMarkdown("t.md", body);
  }

  private static long assumptions(CheckReport r) {
    return r.steps().stream().filter(s -> "assumption".equals(s.note())).count();
  }

  @Test
  void oneAssumptionRowAndTheClaimIsNotRefuted() {
    CheckReport r = markdown(SIGMOID + "Each factor $|w g'(z)| < 1$ when $|w| < 4$.\n");
    assertThat(assumptions(r)).as(r.render()).isEqualTo(1);
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 3 && s.isClaim());
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aClaimWrongUnderItsHypothesisIsRefuted() {
    CheckReport r = markdown("Each factor $|w \\sigma'(0)| < 1$ when $|w| < 8$.\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(1);
    assertThat(assumptions(r)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aHypothesisThatBoundsNoNameLeavesTheClaimNotChecked() {
    CheckReport r = markdown("Each factor $|w \\sigma'(0)| < 1$ when $|w| < v$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(assumptions(r)).as(r.render()).isEqualTo(1);
  }
}
