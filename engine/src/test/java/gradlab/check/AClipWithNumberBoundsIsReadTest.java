package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \mathrm{clip}(a, lo, hi)} with number bounds is a clamped to [lo, hi]
 * ({@link ClipFunction}): Hubara et al.'s hard sigmoid was "a definition that cannot be read",
 * and a sign slip through it went unnamed.
 */
@Timeout(120)
class AClipWithNumberBoundsIsReadTest extends gradlab.symbolic.EngineFixture {
  private static final String HARD_SIGMOID =
      "$$\\sigma(x) = \\mathrm{clip}\\left(\\frac{x + 1}{2}, 0, 1\\right)$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aSignSlipThroughAHardSigmoidIsRefutedAtItsLine() {
    CheckReport r = check(HARD_SIGMOID + "Then\n\n"
        + "$$(+1) \\sigma(r) + (-1)(1 - \\sigma(r)) = 1 - 2 \\sigma(r)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void theTrueExpectationThroughAHardSigmoidIsNotRefuted() {
    CheckReport r = check(HARD_SIGMOID + "Then\n\n"
        + "$$(+1) \\sigma(r) + (-1)(1 - \\sigma(r)) = 2 \\sigma(r) - 1$$\n\n"
        + "and $$\\mathrm{clip}(1.5, 0.8, 1.2) = 1.2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theHardSigmoidOnItsLinearPieceIsNotRefuted() {
    CheckReport r = check(HARD_SIGMOID
        + "For $-1 \\leq x \\leq 1$,\n\n$$2 \\sigma(x) - 1 = x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theHardSigmoidWrittenAsAChainIsNotTakenForTheLogisticOne() {
    CheckReport r = check("It takes $+1$ with probability $\\sigma(r)$ and $-1$ otherwise, "
        + "where\n\n$$\\sigma(x) = \\mathrm{clip}\\left(\\frac{x + 1}{2}, 0, 1\\right) = "
        + "\\max\\left(0, \\min\\left(1, \\frac{x + 1}{2}\\right)\\right)$$\n\n"
        + "For $-1 \\leq x \\leq 1$,\n\n"
        + "$$2 \\sigma(x) - 1 = 2 \\cdot \\frac{x + 1}{2} - 1$$"
        + "\n\nWith $r = 0.4$,\n\n$$\\sigma(0.4) = \\frac{0.4 + 1}{2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aClipWithSymbolicBoundsStaysUnread() {
    // 1 − ε ≤ 1 + ε only for the ε ≥ 0 the text means: such bounds are not read
    CheckReport r = check(
        "$$\\mathrm{clip}(r, 1 - \\epsilon, 1 + \\epsilon) \\leq 1 - \\epsilon$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOfSatisfying(StepVerdict.NotChecked.class, n -> assertThat(n.reason())
            .contains("clip"));
  }
}
