package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * x and x′ written as the two arguments of a kernel, k(x, x′) ({@link PrimedPoints}): x′ is a
 * second point, so a wrong step through it is refuted. It was "not checked: x′(…) is not read
 * here", and the planted error in Bishop's factorization of the Gaussian kernel (the cross term
 * exp(x x′/(2σ²)) for exp(x x′/σ²)) was missed. Without the pair the guard stays.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PrimedSecondPointOfAKernelTest extends CheckFixture {
  private static final String KERNEL = "The kernel is\n\n$$k(x, x') = \\exp\\left(-\\frac{(x - x')"
      + "^2}{2\\sigma^2}\\right)$$\n\n";
  private static final String WRONG = "$$\\exp\\left(-\\frac{(x - x')^2}{2\\sigma^2}\\right) = "
      + "\\exp\\left(-\\frac{x^2}{2\\sigma^2}\\right) \\exp\\left(\\frac{x x'}{2\\sigma^2}\\right)"
      + " \\exp\\left(-\\frac{x'^2}{2\\sigma^2}\\right)$$\n";

  @Test
  void aWrongFactorizationThroughTheSecondPointIsRefuted() {
    CheckReport r = checkMarkdown("bishop-kernel-cross-term-halved.md", KERNEL + WRONG);
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueFactorizationIsProved() {
    CheckReport r = checkMarkdown("bishop-kernel-cross-term.md", KERNEL
        + WRONG.replace("{x x'}{2\\sigma^2}", "{x x'}{\\sigma^2}"));
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void withoutThePairAPrimedNameStaysUnread() {
    CheckReport r = checkMarkdown("primed-name-no-pair.md", "Then\n\n" + WRONG);
    assertThat(r.render()).doesNotContain("✗");
  }
}
