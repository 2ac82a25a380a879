package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain headed by a function definition the checker does not take (d2l's cumulant
 * {@code A(\eta) = \frac{1}{2\sigma^2}\mu^2 + \log\sigma = …}, whose body does not use η) was
 * dropped whole, so a wrong later link was never checked. The links after the definition are
 * claims of their own.
 */
@Timeout(60)
class UnreadFunctionChainLinksTest extends gradlab.symbolic.EngineFixture {
  private static final String ETA = "Let $\\eta_1 = \\frac{\\mu}{\\sigma^2}$ and "
      + "$\\eta_2 = \\frac{1}{2 \\sigma^2}$.\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static String cumulant(String factor) {
    return ETA + "The cumulant is $A(\\eta) = \\frac{1}{2 \\sigma^2} \\mu^2 + \\log(\\sigma)\n"
        + "= \\frac{\\eta_1^2}{" + factor + " \\eta_2} - \\frac{1}{2}\\log(2 \\eta_2)$.\n";
  }

  @Test
  void aWrongLinkAfterAFunctionFreeOfItsParameterIsRefutedAtItsLine() {
    CheckReport r = check(cumulant("2"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(4);
  }

  @Test
  void aTrueLinkAfterAFunctionFreeOfItsParameterIsNotRefuted() {
    CheckReport r = check(cumulant("4"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 4
        && !(s.verdict() instanceof StepVerdict.NotChecked));
  }

  @Test
  void theUnreadDefinitionItselfIsNotCheckedWithItsReason() {
    CheckReport r = check(cumulant("4"));
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.NotChecked n
        && n.reason().contains("does not use"));
  }

  @Test
  void aParameterComponentCountsAsUsingTheParameter() {
    assertThat(FunctionsFreeOfTheirParameters.usesAny(java.util.Set.of("theta_0", "x"),
        java.util.List.of("theta"))).isTrue();
    assertThat(FunctionsFreeOfTheirParameters.usesAny(java.util.Set.of("mu", "sigma"),
        java.util.List.of("eta"))).isFalse();
  }
}
