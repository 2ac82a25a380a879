package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nielsen's BP4 step with the input family named at its own layer: after {@code z^l_j =
 * \sum_k w^l_{jk} a^{l-1}_k + b^l_j}, with a defined nowhere, {@code \partial z^l_j / \partial
 * w^l_{jk} = a^l_k} was "not checked, aˡₖ is not defined"; aˡₖ is read as f(zˡₖ) for f = z,
 * σ(z), tanh(z), and the step is refuted only where all three fail and the rest of the step
 * names layer l only through ∂.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InputFamilyAtItsOwnLayerTest extends EngineFixture {
  private static final String WITH_BIAS = "The weighted input is\n\n"
      + "$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j,$$\n\n";

  private static StepResult claim(String text, String claim) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(
        EngineFixture.engine, text + "and so $$" + claim + "$$\n"));
  }

  @Test
  void theInputAtTheWrongLayerIsRefuted() {
    StepResult r = claim(WITH_BIAS, "\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = a^{l}_k");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) r.verdict()).detail()).contains("σ(z)", "tanh(z)");
  }

  @Test
  void theInputAtTheLayerBeforeIsNotRefuted() {
    StepResult r = claim(WITH_BIAS, "\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = a^{l-1}_k");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void anActivationWrittenOutBesideTheInputIsNotRefuted() {
    StepResult r = claim(WITH_BIAS, // ReLU: true for that f
        "\\frac{\\partial z^l_j}{\\partial b^l_j} \\max(0, z^l_k) = a^l_k");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anActivationsDerivativeIsNotRefuted() {
    StepResult r = claim(WITH_BIAS, "\\frac{\\partial a^l_k}{\\partial z^l_k} = a^l_k(1-a^l_k)");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aLayerWithoutABiasIsNotRefuted() {
    StepResult r = claim("The weighted input is\n\n$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k,$$\n\n",
        "\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = a^{l}_k");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
