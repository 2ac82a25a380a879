package gradlab.train;

import gradlab.math.MathFunction;
import gradlab.nn.Init;
import gradlab.nn.Layer;
import gradlab.nn.Parameter;
import gradlab.nn.Sequential;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import java.util.Random;

/**
 * The network of problem set 3, exercise 5: conv k₁×k₁ → 16, 2×2 max-pool, ReLU,
 * conv k₂×k₂ → 16, 2×2 max-pool, ReLU, flatten to exactly 256 = 16·4·4 values, linear → 10.
 * Float32, stride 1, no padding.
 *
 * <p>ReLU comes after the pooling, as in PyTorch's MNIST example: ReLU is monotone, so
 * relu(maxpool(z)) = maxpool(relu(z)), and the gradients agree too (a window whose maximum is
 * ≤ 0 passes no gradient either way; otherwise both route it to the same first maximum). The
 * activation then runs on a quarter of the values. {@link Sequential} runs each conv → pool →
 * ReLU block as one fused node ({@code Ad.convPoolRelu}), with the same values and gradients.
 *
 * <p>For input side s the first layer uses k₁ = 5, giving (s − 4)/2 after pooling; the second
 * kernel is chosen so that its output is 8×8 (4×4 after pooling): k₂ = (s − 4)/2 − 7. For 28×28
 * that is 28 → 24 → 12 → 8 → 4 (k₂ = 5); for 24×24 crops 24 → 20 → 10 → 8 → 4 (k₂ = 3).
 */
public final class MnistCnn {
  private MnistCnn() {}

  /** The second kernel size for input side {@code side}; see the class comment. */
  public static int secondKernel(int side) {
    int pooled = (side - 4) / 2;
    int k2 = pooled - 7;
    if (side % 2 != 0 || k2 < 1) {
      throw new IllegalArgumentException("MnistCnn: input side " + side + " cannot give "
          + "256 = 16·4·4 values with a 5×5 first kernel; hint: use an even side of at least 20");
    }
    return k2;
  }

  /**
   * Weights and biases drawn from {@code seed} as PyTorch draws them by default
   * ({@link Init#torchDefault}), so that the comparison with PyTorch trains the same network.
   */
  public static Sequential create(int side, long seed) {
    Random r = new Random(seed);
    Kernels.Conv valid = new Kernels.Conv(1, 0);
    int k2 = secondKernel(side);
    return Sequential.of(
        new Layer.Conv2d(param(r, "conv1.weight", 25, 16, 1, 5, 5), param(r, "conv1.bias", 25,
            16), valid),
        new Layer.MaxPool2d(2),
        new Layer.Activation(MathFunction.RELU, 0),
        new Layer.Conv2d(param(r, "conv2.weight", 16 * k2 * k2, 16, 16, k2, k2), param(r,
            "conv2.bias", 16 * k2 * k2, 16), valid),
        new Layer.MaxPool2d(2),
        new Layer.Activation(MathFunction.RELU, 0),
        new Layer.Flatten(),
        new Layer.Linear(param(r, "fc.weight", 256, 256, 10), param(r, "fc.bias", 256, 10)));
  }

  private static Parameter param(Random r, String name, int fanIn, int... dims) {
    return new Parameter(name, Init.torchDefault(r, fanIn, DType.FLOAT32, dims));
  }

  /** Floating-point operations of one training example (forward + backward, no dx of the input). */
  public static long flopsPerExample(int side) {
    int k2 = secondKernel(side);
    long o1 = (long) (side - 4) * (side - 4);
    long conv1 = 2L * o1 * 16 * 25;
    long conv2 = 2L * 64 * 16 * 16 * k2 * k2;
    long fc = 2L * 256 * 10;
    return conv1 * 2 + conv2 * 3 + fc * 3;
  }
}
