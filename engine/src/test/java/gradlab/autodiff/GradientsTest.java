package gradlab.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.tensor.ShapeMismatchException;
import gradlab.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class GradientsTest {

  @Test
  void backwardThroughSharedNodeAccumulates() {
    Node x = Ad.leaf(Tensor.scalar(3));
    Node y = Ad.add(Ad.mul(x, x), x); // y = x² + x, dy/dx = 2x + 1
    assertThat(Gradients.of(y, List.of(x)).get(x).item()).isEqualTo(7.0);
  }

  @Test
  void gradientOfNonScalarIsRefusedWithShapeAndHint() {
    Node x = Ad.leaf(Tensor.of(new double[] {1, 2}, 2));
    assertThatThrownBy(() -> Gradients.of(Ad.exp(x), List.of(x)))
        .isInstanceOf(ShapeMismatchException.class).hasMessageContaining("[2]")
        .hasMessageContaining("sum()");
  }

  @Test
  void unusedLeafGetsZeros() {
    Node x = Ad.leaf(Tensor.scalar(1));
    Node unused = Ad.leaf(Tensor.of(new double[] {1, 2}, 2));
    assertThat(Gradients.of(Ad.exp(x), List.of(unused)).get(unused).toDoubleArray())
        .containsExactly(0, 0);
  }

  @Test
  void maxPoolRoutesGradientToArgmaxOnly() {
    Node x = Ad.leaf(Tensor.of(new double[] {1, 5, 2, 3}, 1, 1, 2, 2));
    Tensor g = Gradients.of(Ad.sum(Ad.maxPool2d(x, 2)), List.of(x)).get(x);
    assertThat(g.toDoubleArray()).containsExactly(0, 1, 0, 0);
  }

  @Test
  void softmaxCrossEntropyGradientIsProbabilitiesMinusOneHot() {
    Node logits = Ad.leaf(Tensor.of(new double[] {0, 0}, 1, 2));
    Node loss = Ad.softmaxCrossEntropy(logits, Ad.constant(Tensor.of(new double[] {1}, 1)));
    assertThat(loss.value().item()).isCloseTo(Math.log(2), org.assertj.core.data.Offset.offset(
        1e-15));
    assertThat(Gradients.of(loss, List.of(logits)).get(logits).toDoubleArray())
        .containsExactly(0.5, -0.5);
  }

  @Test
  void gradientCheckReportsTheWorstElementOfAWrongGradient() {
    // relu at a kink: the one-sided rule (0) differs from the central difference (1/2)
    GradientCheckReport r = GradientCheck.check(in -> Ad.sum(Ad.relu(in.get(0))),
        List.of(Tensor.of(new double[] {1, 0, -1}, 3)));
    assertThat(r.passed()).isFalse();
    assertThat(r.element()).isEqualTo(1);
    assertThat(r.numeric()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
  }
}
