package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∂ŷ/∂w₉ = 1 where ŷ = … + b₂w₉ and the text never states b₂: the bias unit a figure draws as 1.
 * Not refuted; a dropped input x and an added bias b stay refuted.
 */
@Timeout(120)
class BiasInputFixturesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aStepThatHoldsWithTheBiasUnitsInputAtOneIsNotRefutedButSaysWhy() throws Exception {
    CheckReport r = FixturePair.check(engine, "bias-input", "bias-unit-drawn-as-one.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("holds only if b₂ = 1").contains("bias unit");
  }

  @Test
  void aDroppedInputIsStillRefuted() throws Exception {
    CheckReport r = FixturePair.check(engine, "bias-input", "dropped-input-is-refuted.md");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void anAddedBiasIsNotABiasUnitsInputAndTheStepIsRefuted() throws Exception {
    CheckReport r = FixturePair.check(engine, "bias-input", "additive-bias-is-refuted.md");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }
}
