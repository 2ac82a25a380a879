package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ⊙ typed in plain text: a GRU's {@code h = z ⊙ h_prev + (1 − z) ⊙ h̃} kept its sign, which the
 * engine syntax has not, so ∂h/∂z = h̃ − h_prev (the sign flipped) was "the sides have no numeric
 * value". ⊙ is × component by component, as {@code \odot} in LaTeX; a line that takes a
 * derivative beside ⊙ stays unread (a Jacobian?).
 */
@Timeout(120)
class HadamardSignInPlainTextTest extends gradlab.symbolic.EngineFixture {
  private static final String GRU = "h = z ⊙ h_prev + (1 − z) ⊙ h̃\n\n";

  @Test
  void theUpdateGateGradientIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, GRU + "∂h/∂z = h_prev − h̃\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theUpdateGateGradientWithItsSignFlippedIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, GRU + "∂h/∂z = h̃ − h_prev\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aDerivativeBesideTheSignIsNotRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "∂(a ⊙ b)/∂a = a\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
