package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A new user's plain-text homework: the report showed engine names ("refuted at z1 = …",
 * "etat", "wij is not defined") for z_1, eta_t, w_ij, and w_{ij}, w_{i,j} and W[1,2] were not
 * the names w_ij and W_12 at all. {@link PlainShownNames} and {@link PlainBracedIndices}.
 */
@Timeout(120)
class PlainTextNamesAsTypedTest extends CheckFixture {
  private static StepResult step(String body, int line) {
    return claimOnLine(checkText("names.txt", body), line);
  }

  @Test
  void aCounterexampleNamesIndexedVariablesAsTyped() {
    StepVerdict v = step("g = eta_t * x_i * w_ij + z_1\ndg/dx_i = eta_t * w_ij + z_1\n", 2)
        .verdict();
    assertThat(v).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) v).point().keySet()).contains("ηₜ", "wᵢⱼ", "z₁")
        .doesNotContain("etat", "wij", "z1");
  }

  @Test
  void anIndexInBracesWithOrWithoutACommaIsTheSameName() {
    String body = "f = w_{ij} x + w_{i,j}^2\ndf/dx = w_ij\ndf/dw_ij = x + 2 w_ij\n";
    assertThat(step(body, 2).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(step(body, 3).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongStepAboutAnEntryInBracketsIsRefutedUnderItsSubscriptName() {
    StepVerdict v = step("g = W[1,2] * x + W[2,1]\ndg/dx = W_12 + 1\n", 2).verdict();
    assertThat(v).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) v).point().keySet()).containsExactly("W₁₂");
  }

  @Test
  void signedIndicesOperatorsAndDistributionsKeepTheirForm() {
    for (String s : new String[] {"x_{t-1}", "sum_{i=1}^n x_i", "eps ~ U[0,1]", "W [1, 2]",
        "f(x)[1]"}) {
      assertThat(PlainBracedIndices.flat(s)).isEqualTo(s);
    }
    assertThat(PlainBracedIndices.flat("W[1,2] + b[3] + W[2][1] + w_{i, j}"))
        .isEqualTo("W_12 + b_3 + W_21 + w_ij");
  }

  @Test
  void aWrongDerivativeByABracedWeightIsRefutedAtItsLine() {
    String body = "h_1 = w_{11}*x_1 + w_{12}*x_2\ndh_1/dw_{12} = %s\n";
    assertThat(step(body.formatted("x_2"), 2).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(step(body.formatted("x_1"), 2).verdict())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
