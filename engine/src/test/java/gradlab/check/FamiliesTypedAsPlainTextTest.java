package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Indexed families typed as plain text (a softmax with Σ_j, sum_j, Σ_{j=1..n}, "sum over j of";
 * an RNN and a TD error with h_(t-1), s_(t+1)) are read as the LaTeX families they mean: the
 * engine-syntax reader took p_i as one name and Σ_j as a factor, so every such definition was
 * "zᵢ, zⱼ are not defined" and every step through it not checked (phone36).
 */
@Timeout(180)
class FamiliesTypedAsPlainTextTest extends gradlab.symbolic.EngineFixture {
  private CheckReport plain(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("x.txt", text);
  }

  @Test
  void aSoftmaxTypedWithSumUnderscoreJIsADefinitionItsDerivativeHolds() {
    CheckReport r = plain("p_i = exp(z_i)/sum_j exp(z_j)\ndp_i/dz_i = p_i (1 - p_i)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongSoftmaxDerivativeTypedInPlainTextIsRefuted() {
    CheckReport r = plain("p_i = e^(z_i) / Σ_j e^(z_j)\ndp_i/dz_i = p_i (1 + p_i)\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(
        s -> assertThat(s.line()).isEqualTo(2));
  }

  @Test
  void aSumOverJOfTheFamilyIsWrittenOutTypedWithDotsOrInWords() {
    CheckReport right = plain("p_i = exp(z_i) / Σ_{j=1..n} exp(z_j)\nsum over j of p_j = 1\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isNotInstanceOf(StepVerdict.NotChecked.class);
    CheckReport wrong = plain("p_i = exp(z_i) / Σ_{j=1..n} exp(z_j)\nsum over j of p_j = 2\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aRecurrenceTypedWithABracketedShiftIsDifferentiated() {
    CheckReport r = plain("h_t = tanh(W x_t + U h_(t-1))\ndh_t/dh_(t-1) = (1 - h_t^2) U\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = plain("h_t = tanh(W x_t + U h_(t-1))\ndh_t/dh_(t-1) = (1 + h_t^2) U\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aTdErrorsNextMemberTypedWithBracketsIsWrittenOut() {
    String td = "δ_t = r_t + γ·V(s_(t+1)) − V(s_t)\n";
    CheckReport r = plain(td
        + "δ_t + γ δ_(t+1) = r_t + γ r_(t+1) + γ^2 V(s_(t+2)) − V(s_t)\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = plain(td
        + "δ_t + γ δ_(t+1) = r_t + γ r_(t+1) + γ^2 V(s_(t+2)) + V(s_t)\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(
        s -> assertThat(s.line()).isEqualTo(2));
  }

  @Test
  void aTdErrorTypedWithPhoneSubscriptsIsWrittenOut() {
    String td = "δₜ = rₜ + γV(sₜ₊₁) − V(sₜ)\n";
    CheckReport r = plain(td + "δₜ + γδₜ₊₁ = rₜ + γrₜ₊₁ + γ²V(sₜ₊₂) − V(sₜ)\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = plain(td + "δₜ + γδₜ₊₁ = rₜ + γrₜ₊₁ + γV(sₜ₊₂) − V(sₜ)\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(
        s -> assertThat(s.line()).isEqualTo(2));
  }
}
