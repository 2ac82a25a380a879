package gradlab.nn;

import gradlab.tensor.DType;
import gradlab.tensor.Tensor;
import java.util.Random;

/**
 * Seeded weight initialisers. Xavier/Glorot (Glorot and Bengio, 2010): U(−a, a) with
 * a = √(6/(fan_in + fan_out)), variance 2/(fan_in + fan_out). He (He et al., 2015): N(0, 2/fan_in),
 * which keeps the variance of ReLU pre-activations constant across layers.
 */
public final class Init {
  private Init() {}

  public static Tensor xavier(Random random, int fanIn, int fanOut, DType type, int... dims) {
    double a = Math.sqrt(6.0 / (fanIn + fanOut));
    return Tensor.uniform(random, -a, a, type, dims);
  }

  /**
   * U(−1/√fan_in, 1/√fan_in), variance 1/(3·fan_in): what PyTorch's {@code Conv2d} and
   * {@code Linear} use by default (Kaiming-uniform with a = √5) for weights and biases.
   */
  public static Tensor torchDefault(Random random, int fanIn, DType type, int... dims) {
    double a = 1 / Math.sqrt(fanIn);
    return Tensor.uniform(random, -a, a, type, dims);
  }

  public static Tensor he(Random random, int fanIn, DType type, int... dims) {
    return Tensor.randn(random, Math.sqrt(2.0 / fanIn), type, dims);
  }
}
