package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text lines as a new user types them: "Let z = … and a = …" (a capital Let was the name
 * L_et, and "and" joined two definitions into one), a phrase before a formula ("Backprop for one
 * neuron, L = …" read "neuron, L" as the left side), a reason after "since" without brackets,
 * and a phone's 10⁻⁸. Each true step is proved and a wrong version still refuted.
 */
@Timeout(300)
class PlainTextLetSentenceAndProseLeadTest extends CheckFixture {
  private static final String LET = "Let z = w*x + b and a = sigma(z).\n\n";

  private static StepVerdict verdict(String body, int line) {
    CheckReport r = checkText("t.txt", body);
    StepVerdict v = claimOnLine(r, line).verdict();
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.lhs().contains("L_et"));
    return v;
  }

  @Test
  void aCapitalLetWithDefinitionsJoinedByAndDefinesEach() {
    assertThat(verdict(LET + "da/dz = a*(1 - a)\n", 3)).isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdict(LET + "da/dz = 2*a*(1 - a)\n", 3)).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(verdict("let z = w*x + b, a = sigma(z)\n\nda/dw = a*(1 - a)*x\n", 3))
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aPhraseBeforeADefinitionIsNoPartOfItsLeftSide() {
    String head = "Backprop for one neuron, L = (a - y)^2 / 2 with a = sigma(z), z = w*x + b.\n\n";
    assertThat(verdict(head + "dL/dw = (a - y) * sigma'(z) * x\n", 3))
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdict(head + "dL/dw = (a - y) * sigma'(z)\n", 3))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aQuantifierOrConditionBeforeTheCommaIsNotDropped() {
    assertThat(ProseLeads.readInPlace("For all z, sigma'(z) <= 1/4", n -> false, s -> { }))
        .isFalse();
    assertThat(ProseLeads.readInPlace("If positive, relu'(x) = 1", n -> false, s -> { }))
        .isFalse();
    assertThat(ProseLeads.readInPlace("loss, L = 2", n -> n.equals("loss"), s -> { })).isFalse();
  }

  @Test
  void aReasonAfterSinceIsReadAsItsOwnStep() {
    String reason = " since sigma'(z) = sigma(z)(1 - sigma(z))\n";
    assertThat(verdict(LET + "da/dz = a(1 - a)" + reason, 3))
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdict(LET + "da/dz = 2*a(1 - a)" + reason, 3))
        .isInstanceOf(StepVerdict.Refuted.class);
    String relu = "f(x) = max(0, x)\n\n";
    assertThat(verdict(relu + "f'(x) = 0 because x > 0\n", 3))
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(verdict(relu + "f'(x) = 0 because x < 0\n", 3))
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aPhoneSuperscriptMinusIsANegativeExponent() {
    String adam = "eps = 10⁻⁸\nm = 0.1, v = 0.01\nstep = m / (sqrt(v) + eps)\n";
    assertThat(verdict(adam + "so step ≈ 1.0\n", 4)).isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdict(adam + "so step ≈ 2.0\n", 4)).isInstanceOf(StepVerdict.Refuted.class);
  }
}
