package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A named point given a new value the reader cannot read ({@code $a = 0.2$}, then PyTorch's
 * {@code $a = \text{gain} \times \sqrt{\frac{6}{n}}$}) keeps no old value: the next step about
 * a is never refuted at a = 0.2 (held34: a true step of the torch.nn.init passage was ✗), and a
 * wrong number after it is still refuted.
 */
@Timeout(300)
class PointGivenAnUnreadValueEndsTest extends CheckFixture {
  private static final String MD = "# Two uses of one letter\n\nFor a slope $a = 0.2$ the gain "
      + "is\n\n$$\\sqrt{\\frac{2}{1 + a^2}} = \\sqrt{\\frac{2}{1.04}} \\approx 1.3868$$\n\n"
      + "Xavier's bound is $a = \\text{gain} \\times \\sqrt{\\frac{6}{n}}$; with gain $1$ and "
      + "$n = 384$,\n\n";

  @Test
  void theStepAfterTheUnreadValueIsNotRefutedAtTheOldPoint() {
    CheckReport r = checkMarkdown("t.md", MD + "$$a = \\sqrt{\\frac{6}{384}} = 0.125$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongNumberAfterItIsStillRefuted() {
    CheckReport r = checkMarkdown("t.md", MD + "$$a = \\sqrt{\\frac{6}{384}} = 0.153$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(9);
  }
}
