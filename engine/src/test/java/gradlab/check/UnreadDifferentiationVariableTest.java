package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * NCE's log-ratio G(u; θ) has two readings and is not read; d/dG of an expression in G and a
 * function the text defines is checked with G as the variable ({@link
 * UnreadDifferentiationVariable}).
 */
@Timeout(120)
class UnreadDifferentiationVariableTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String step) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("nce.md",
        "The log-ratio and the classifier are\n\n"
            + "$$G(u; \\theta) = \\ln p_m(u; \\theta) - \\ln p_n(u)$$\n\n"
            + "$$r(u) = \\frac{1}{1 + \\exp(-u)}$$\n\n$$" + step + "$$\n");
  }

  @Test
  void aLostSignOfADerivativeByTheUnreadNameIsRefutedAtItsLine() {
    CheckReport r = check("\\frac{d}{dG} \\ln (1 - r(G)) = r(G)");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(7));
  }

  @Test
  void theTrueDerivativeByTheUnreadNameIsProved() {
    CheckReport r = check("\\frac{d}{dG} \\ln (1 - r(G)) = -r(G)");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aDerivativeByAnotherVariableOfTheUnreadNameIsNotChecked() {
    CheckReport r = check("\\frac{d}{du} \\ln r(G) = 2 r(G)");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
