package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hubara et al.'s hard sigmoid, written with a function the reader does not know
 * ({@code \sigma(x) = \mathrm{hardclip}(\frac{x + 1}{2}, 0, 1)}; clip itself is read since
 * miss32, {@link ClipFunction}): the body is not read, and the later true
 * {@code 2 \sigma(x) - 1 = x} on [−1, 1] was refuted with the logistic sigmoid
 * ({@link UnreadCatalogueBodies}, held30).
 */
@Timeout(120)
class ASigmaGivenAnUnreadBodyIsNotTheSigmoidTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aStepThroughAHardSigmoidIsNotRefutedWithTheLogisticOne() {
    CheckReport r = check("Here $\\sigma$ is the hard sigmoid,\n\n"
        + "$$\\sigma(x) = \\mathrm{hardclip}\\left(\\frac{x + 1}{2}, 0, 1\\right)$$\n\n"
        + "For $-1 \\leq x \\leq 1$,\n\n$$2 \\sigma(x) - 1 = x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOfSatisfying(StepVerdict.NotChecked.class, n -> assertThat(n.reason())
            .contains("cannot be read"));
  }

  @Test
  void aWrongSigmoidStepAfterTheSigmoidWasUsedIsStillRefuted() {
    // σ written in a step before: the unread line is a claim about that σ, which stays the
    // logistic sigmoid for the steps after it
    CheckReport r = check("$$\\sigma(0) = \\frac{1}{2}$$\n\n"
        + "$$\\sigma(x) = \\mathrm{hardclip}\\left(\\frac{x + 1}{2}, 0, 1\\right)$$\n\n"
        + "$$\\sigma(0) = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
