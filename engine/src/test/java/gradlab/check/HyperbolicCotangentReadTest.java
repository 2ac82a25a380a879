package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \coth} was "cannot read: \coth", so held18b's log-cosh loss with d/dr log cosh r written
 * sinh/cosh = coth (the planted error) went unlocated. \coth and \csch are the engine's own now.
 */
@Timeout(120)
class HyperbolicCotangentReadTest extends CheckFixture {
  @Test
  void cothIsCoshOverSinh() {
    CheckReport r = checkMarkdown("t.md", "$$\\frac{\\cosh(r)}{\\sinh(r)} = \\coth(r)$$\n\n"
        + "$$\\coth(1) \\approx 1.313$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void tanhWrittenCothIsRefuted() {
    CheckReport r = checkMarkdown("t.md", "$$\\frac{\\sinh(r)}{\\cosh(r)} = \\coth(r)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
