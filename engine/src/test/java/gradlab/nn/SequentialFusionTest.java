package gradlab.nn;

import gradlab.math.MathFunction;
import static org.assertj.core.api.Assertions.assertThat;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Node;
import gradlab.autodiff.Op;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sequential runs conv → max-pool → ReLU as one fused node, with the same values and gradients. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SequentialFusionTest {

  private static Parameter param(Random r, String name, int... dims) {
    return new Parameter(name, Tensor.randn(r, 0.3, DType.FLOAT32, dims));
  }

  @Test
  void convPoolReluLayersBecomeOneNodeWithTheLayerByLayerValuesAndGradients() {
    Random r = new Random(21);
    Kernels.Conv valid = new Kernels.Conv(1, 0);
    Sequential model = Sequential.of(
        new Layer.Conv2d(param(r, "c1.w", 4, 1, 5, 5), param(r, "c1.b", 4), valid),
        new Layer.MaxPool2d(2),
        new Layer.Activation(MathFunction.RELU, 0),
        new Layer.Flatten(),
        new Layer.Linear(param(r, "fc.w", 4 * 6 * 6, 3), param(r, "fc.b", 3)));
    Tensor x = Tensor.randn(r, 1, DType.FLOAT32, 18, 1, 16, 16);
    Node labels = Ad.constant(Tensor.of(new double[18], 18).map(v -> r.nextInt(3)));

    Binding fused = new Binding();
    Node out = model.forward(Ad.constant(x), fused);
    assertThat(out.input(0).input(0).input(0).op()).isEqualTo(Op.CONV_POOL_RELU);
    Map<Parameter, Tensor> gFused = fused.gradients(Ad.softmaxCrossEntropy(out, labels));

    Binding plain = new Binding();
    Node h = Ad.constant(x);
    for (Layer l : model.layers()) {
      h = l.forward(h, plain);
    }
    Map<Parameter, Tensor> gPlain = plain.gradients(Ad.softmaxCrossEntropy(h, labels));

    assertThat(out.value().toDoubleArray()).containsExactly(h.value().toDoubleArray());
    assertThat(List.copyOf(gFused.keySet())).isEqualTo(List.copyOf(gPlain.keySet()));
    for (Parameter p : model.parameters()) {
      double[] a = gFused.get(p).toDoubleArray();
      double[] b = gPlain.get(p).toDoubleArray();
      for (int i = 0; i < b.length; i++) {
        assertThat(a[i] == b[i]).as("%s[%d]: %s vs %s", p.name(), i, a[i], b[i]).isTrue();
      }
    }
  }
}
