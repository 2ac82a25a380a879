package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Quantity = expression" in prose, of a quantity earlier definitions determine, is a claim: a
 * member of a recurrence ($w_3 = w_0 - \eta(v_1 + v_2)$ after w_t = w_{t−1} − η v_t) or a
 * moment of a defined name (Var(y) after y = Σᵢ wᵢxᵢ). Both had been listed as "[definition]",
 * so a wrong value passed with nothing to check (found by a lecturer).
 */
@Timeout(60)
class ClaimsOfDefinedQuantitiesTest extends gradlab.symbolic.EngineFixture {
  private static final String MOMENTUM = "$$v_t = \\beta v_{t-1} + g_t, \\qquad "
      + "w_t = w_{t-1} - \\eta\\, v_t, \\qquad v_0 = 0 .$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aRecurrenceMemberMissingATermIsRefuted() {
    CheckReport r = check(MOMENTUM
        + "After three steps, $w_3 = w_0 - \\eta\\left(v_1 + v_2\\right)$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aRecurrenceMemberWrittenOutRightIsProved() {
    CheckReport r = check(MOMENTUM
        + "After three steps, $w_3 = w_0 - \\eta\\left(v_1 + v_2 + v_3\\right)$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aVarianceOfADefinedSumIsAClaimNotADefinition() {
    CheckReport r = check("$y = w_1 x_1 + w_2 x_2$ with all $w_i$, $x_i$ independent, "
        + "$\\mathbb{E}[w_i] = 0$, $\\mathbb{E}[x_i] = 0$, $\\operatorname{Var}(w_i) = s^2$, "
        + "$\\operatorname{Var}(x_i) = r^2$.\n\n"
        + "So $\\operatorname{Var}(y) = 3 s^2 r^2$.\n");
    assertThat(r.render()).doesNotContain("Var}(y) = 3 s^2 r^2   [definition]");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
