package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tuple written transposed, {@code (2, 3)^{\top}}, is a column vector ({@link TransposedTuples},
 * issue 12, nc26): Goodfellow's {@code \nabla_{\mathbf{x}} f(\mathbf{x}) = (2 x_1, 3)^{\top} =
 * (2, 3)^{\top}} and Bishop's {@code (2, 1)^{\mathrm{T}}} were "cannot read: pairs (a, b)".
 */
@Timeout(120)
class TransposedTupleColumnsTest extends CheckFixture {

  @Test
  void aTransposedPairEqualToTheSameComponentsIsProved() {
    CheckReport r = checkMarkdown("columns.md",
        "$$(a + b, 2a)^{\\top} = (b + a, a + a)^{\\mathrm{T}}$$\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongComponentOfAGradientWrittenAsATransposedPairIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("gradient.md", "Let $f(x_1, x_2) = x_1^2 + 3 x_2$.\n\n"
        + "$$\\nabla f(x_1, x_2) = (2 x_1, 3)^\\top$$\n\n"
        + "$$\\nabla f(x_1, x_2) = (2 x_1, 4)^\\top$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void aTransposedPairBeforeAVectorItMultipliesIsStillNotRead() {
    CheckReport r = checkMarkdown("inner.md",
        "$$(a, b)^\\top \\mathbf{w} = a w_1 + b w_2$$\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aPairToThePowerOfATheTextGivesAValueIsStillNotRead() {
    CheckReport r = checkMarkdown("power.md", "Let $T = 2$.\n\n$$(a, b)^T = (b, a)^T$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }
}
