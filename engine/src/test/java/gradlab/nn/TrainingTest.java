package gradlab.nn;

import gradlab.math.MathFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gradlab.autodiff.Ad;
import gradlab.autodiff.GradientCheck;
import gradlab.autodiff.GradientCheckReport;
import gradlab.autodiff.Node;
import gradlab.optim.Adam;
import gradlab.optim.NonFiniteGradientException;
import gradlab.optim.Optimizer;
import gradlab.optim.Sgd;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.Tensor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TrainingTest {
  private static final Tensor XOR_X = Tensor.of(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, 4, 2);
  private static final Tensor XOR_Y = Tensor.of(new double[] {0, 1, 1, 0}, 4, 1);

  private static double train(Optimizer opt, long seed, int steps) {
    Random r = new Random(seed);
    Sequential net = Sequential.of(Layer.Linear.create("h", 2, 8, false, r, DType.FLOAT64),
        new Layer.Activation(MathFunction.TANH, 0),
        Layer.Linear.create("out", 8, 1, false, r, DType.FLOAT64));
    double loss = Double.NaN;
    for (int i = 0; i < steps; i++) {
      Binding b = new Binding();
      Node l = Ad.mse(net.forward(Ad.constant(XOR_X), b), Ad.constant(XOR_Y));
      loss = l.value().item();
      opt.stepInPlace(b.gradients(l));
    }
    return loss;
  }

  @Test
  void sgdWithMomentumLearnsXor() {
    assertThat(train(new Sgd(0.1, 0.9), 3, 500)).isLessThan(0.01);
  }

  @Test
  void adamLearnsXor() {
    assertThat(train(Adam.defaults(0.05), 3, 500)).isLessThan(0.01);
  }

  @Test
  void sameSeedGivesSameTraining() {
    assertThat(train(new Sgd(0.1, 0.9), 9, 50)).isEqualTo(train(new Sgd(0.1, 0.9), 9, 50));
  }

  @Test
  void divergenceStopsWithTheStepNumber() {
    NonFiniteGradientException e = catchThrowableOfType(NonFiniteGradientException.class,
        () -> train(new Sgd(1e6, 0), 3, 100));
    assertThat(e.step()).isBetween(1L, 100L);
    assertThat(e.getMessage()).contains("step " + e.step()).contains("learning rate");
  }

  @Test
  void convPoolLinearNetworkPassesGradcheck() {
    Random r = new Random(4);
    Layer.Conv2d conv = Layer.Conv2d.create("conv", 1, 2, 3, new Kernels.Conv(1, 1), r,
        DType.FLOAT64);
    Layer.Linear fc = Layer.Linear.create("fc", 2 * 3 * 3, 3, false, r, DType.FLOAT64);
    Tensor x = Tensor.randn(r, 1, DType.FLOAT64, 2, 1, 6, 6);
    Tensor labels = Tensor.of(new double[] {2, 0}, 2);
    GradientCheckReport report = GradientCheck.check(in -> {
      Node h = Ad.conv2d(in.get(0), in.get(1), in.get(2), conv.geometry());
      Node p = Ad.flatten(Ad.maxPool2d(Ad.relu(h), 2));
      Node logits = Ad.add(Ad.matmul(p, in.get(3)), in.get(4));
      return Ad.softmaxCrossEntropy(logits, Ad.constant(labels));
    }, List.of(x, conv.weight().value(), conv.bias().value(), fc.weight().value(),
        fc.bias().value()));
    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.checked()).isEqualTo(72 + 18 + 2 + 54 + 3);
  }

  @Test
  void heInitialisationHasVarianceTwoOverFanIn() {
    Tensor w = Init.he(new Random(1), 200, DType.FLOAT64, 200, 200);
    double mean = w.sum() / w.size();
    double var = w.map(x -> (x - mean) * (x - mean)).sum() / w.size();
    assertThat(var).isCloseTo(2.0 / 200, org.assertj.core.data.Offset.offset(2e-4));
  }
}
