package gradlab.autodiff;

import gradlab.math.MathFunction;
import gradlab.tensor.ConvPoolRelu;
import gradlab.tensor.Kernels;
import gradlab.tensor.Tensor;

/**
 * Every backward rule, in one exhaustive switch: the compiler rejects a primitive without one.
 * Given y = op(inputs) and the upstream gradient g = ∂L/∂y (shape of y), returns ∂L/∂inputᵢ
 * for each input (shape of that input), or null for inputs that are not differentiated.
 */
final class BackwardRules {
  private BackwardRules() {}

  static Tensor[] backward(Node n, Tensor g) {
    return switch (n.op()) {
      case LEAF, CONSTANT -> new Tensor[0];
      case ADD -> new Tensor[] {g.sumTo(in(n, 0).shape()), g.sumTo(in(n, 1).shape())};
      case MUL -> new Tensor[] {g.mul(in(n, 1)).sumTo(in(n, 0).shape()),
          g.mul(in(n, 0)).sumTo(in(n, 1).shape())};
      case MATMUL -> new Tensor[] {g.matmul(in(n, 1).transpose()),
          in(n, 0).transposeMatmul(g)};
      case POW -> new Tensor[] {g.mul(in(n, 0).map(x -> n.param() * Math.pow(x,
          n.param() - 1)))};
      case FUNCTION -> function(n, g);
      case RELU -> new Tensor[] {Kernels.reluBackward(in(n, 0), g)};
      case SUM -> new Tensor[] {in(n, 0).map(x -> g.item())};
      case MEAN -> new Tensor[] {in(n, 0).map(x -> g.item() / in(n, 0).size())};
      case SOFTMAX_CROSS_ENTROPY -> new Tensor[] {SoftmaxCrossEntropy.backward(in(n, 0),
          in(n, 1), g.item()), null};
      case CONV2D -> Kernels.conv2dBackward(in(n, 0), in(n, 1), g, n.conv(),
          n.input(0).op() != Op.CONSTANT);
      case CONV_POOL_RELU -> ConvPoolRelu.backward(in(n, 0), in(n, 1), n.routes(), g, n.conv(),
          (int) n.param(), n.input(0).op() != Op.CONSTANT);
      case MAX_POOL2D -> new Tensor[] {Kernels.maxPool2dBackward(in(n, 0), (int) n.param(), g)};
      case RESHAPE -> new Tensor[] {g.reshape(in(n, 0).shape().dims())};
    };
  }

  /** The catalogue's derivative, per element; no gradient for a constant input. */
  private static Tensor[] function(Node n, Tensor g) {
    MathFunction f = n.function();
    if (n.inputs().size() == 1) {
      return new Tensor[] {g.mul(f.derivativeFromValue().map(d -> n.value().map(d))
          .orElseGet(() -> in(n, 0).map(f.derivativeOperator())))};
    }
    Tensor[] out = new Tensor[2];
    for (int k = 0; k < 2; k++) {
      if (n.input(k).op() != Op.CONSTANT) {
        int kk = k;
        out[k] = g.mul(Tensor.zip(in(n, 0), in(n, 1), (u, w) -> f.derivative(kk, u, w),
            f.inputName())).sumTo(in(n, k).shape());
      }
    }
    return out;
  }

  private static Tensor in(Node n, int i) {
    return n.input(i).value();
  }
}
