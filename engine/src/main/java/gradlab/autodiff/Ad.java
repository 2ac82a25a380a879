package gradlab.autodiff;

import gradlab.math.MathFunction;
import gradlab.tensor.ConvPoolRelu;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.ShapeMismatchException;
import gradlab.tensor.Tensor;
import java.util.List;

/**
 * Builders of graph nodes: each primitive computes its forward value here. Composite
 * operations (sub, div, neg, square, mse) are written in terms of the primitives.
 */
public final class Ad {
  private Ad() {}

  private static Node node(Op op, Tensor value, Node... inputs) {
    return new Node(op, List.of(inputs), value, 0, null);
  }

  public static Node leaf(Tensor t) {
    return node(Op.LEAF, t);
  }

  public static Node constant(Tensor t) {
    return node(Op.CONSTANT, t);
  }

  public static Node constant(double v) {
    return constant(Tensor.scalar(v));
  }

  public static Node add(Node a, Node b) {
    return node(Op.ADD, a.value().add(b.value()), a, b);
  }

  public static Node mul(Node a, Node b) {
    return node(Op.MUL, a.value().mul(b.value()), a, b);
  }

  public static Node matmul(Node a, Node b) {
    return node(Op.MATMUL, a.value().matmul(b.value()), a, b);
  }

  public static Node pow(Node a, double p) {
    return new Node(Op.POW, List.of(a), a.value().map(x -> Math.pow(x, p)), p, null);
  }

  /**
   * An element-wise catalogue function of one or two nodes (two broadcast like {@code add}):
   * the value and the backward rule are the catalogue's ({@link MathFunction#apply1},
   * {@link MathFunction#derivative}). ReLU takes the tensor kernel's fast path.
   *
   * @throws IllegalArgumentException for a number of inputs the function does not take, or
   *     more than two (logsumexp of a longer list: nest it, lse(a, b, c) = lse(lse(a, b), c))
   */
  public static Node apply(MathFunction f, Node... args) {
    if (args.length < f.minArity() || args.length > Math.min(2, f.maxArity())) {
      throw new IllegalArgumentException("autodiff: " + f.inputName() + " does not take "
          + args.length + " input(s); hint: it takes " + f.minArity() + " to "
          + Math.min(2, f.maxArity()));
    }
    if (f == MathFunction.RELU) {
      return relu(args[0]);
    }
    Tensor v = args.length == 1 ? args[0].value().map(f.valueOperator())
        : Tensor.zip(args[0].value(), args[1].value(), (u, w) -> f.apply(u, w), f.inputName());
    return new Node(Op.FUNCTION, List.of(args), v, 0, null, null, f);
  }

  public static Node exp(Node a) {
    return apply(MathFunction.EXP, a);
  }

  public static Node log(Node a) {
    return apply(MathFunction.LOG, a);
  }

  public static Node sigmoid(Node a) {
    return apply(MathFunction.SIGMOID, a);
  }

  public static Node tanh(Node a) {
    return apply(MathFunction.TANH, a);
  }

  public static Node relu(Node a) {
    return node(Op.RELU, Kernels.relu(a.value()), a);
  }

  /** max(0, a) + α·min(0, a) for a constant slope α. */
  public static Node leakyRelu(Node a, double alpha) {
    return apply(MathFunction.LEAKY_RELU, a, constant(Tensor.scalar(alpha).to(type(a))));
  }

  public static Node softplus(Node a) {
    return apply(MathFunction.SOFTPLUS, a);
  }

  /** a·Φ(a), with Φ the standard normal distribution function (exact, via erf). */
  public static Node gelu(Node a) {
    return apply(MathFunction.GELU, a);
  }

  public static Node sum(Node a) {
    return node(Op.SUM, Tensor.scalar(a.value().sum()).to(a.value().dtype()), a);
  }

  public static Node mean(Node a) {
    return node(Op.MEAN, Tensor.scalar(a.value().sum() / a.value().size())
        .to(a.value().dtype()), a);
  }

  /** Mean cross-entropy of softmax(logits) against integer class labels (a constant node). */
  public static Node softmaxCrossEntropy(Node logits, Node labels) {
    return node(Op.SOFTMAX_CROSS_ENTROPY, SoftmaxCrossEntropy.forward(logits.value(),
        labels.value()), logits, labels);
  }

  public static Node conv2d(Node x, Node w, Node b, Kernels.Conv conv) {
    return new Node(Op.CONV2D, List.of(x, w, b), Kernels.conv2d(x.value(), w.value(), b.value(),
        conv), 0, conv);
  }

  public static Node maxPool2d(Node x, int window) {
    return new Node(Op.MAX_POOL2D, List.of(x), Kernels.maxPool2d(x.value(), window), window,
        null);
  }

  /** relu(maxPool2d(conv2d(x, w, b, conv), window)) as one node (see {@link Op#CONV_POOL_RELU}). */
  public static Node convPoolRelu(Node x, Node w, Node b, Kernels.Conv conv, int window) {
    ConvPoolRelu.Result r = ConvPoolRelu.forward(x.value(), w.value(), b.value(), conv, window);
    return new Node(Op.CONV_POOL_RELU, List.of(x, w, b), r.value(), window, conv, r.routes());
  }

  public static Node reshape(Node a, int... dims) {
    return node(Op.RESHAPE, a.value().reshape(dims), a);
  }

  // ---- composites ----

  public static Node neg(Node a) {
    return mul(a, constant(-1));
  }

  public static Node sub(Node a, Node b) {
    return add(a, neg(b));
  }

  public static Node div(Node a, Node b) {
    return mul(a, pow(b, -1));
  }

  public static Node square(Node a) {
    return pow(a, 2);
  }

  /** Mean squared error ½-free: mean((pred − target)²). */
  public static Node mse(Node pred, Node target) {
    if (!pred.value().shape().equals(target.value().shape())) {
      throw new ShapeMismatchException("mse: prediction " + pred.value().shape()
          + " vs target " + target.value().shape() + "; hint: reshape one to match");
    }
    return mean(square(sub(pred, target)));
  }

  /** [N, …] → [N, rest]. */
  public static Node flatten(Node a) {
    int n = a.value().shape().dim(0);
    return reshape(a, n, a.value().size() / n);
  }

  static DType type(Node n) {
    return n.value().dtype();
  }
}
