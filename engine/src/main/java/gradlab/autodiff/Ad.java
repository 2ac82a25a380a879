package gradlab.autodiff;

import gradlab.tensor.ConvPoolRelu;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.ShapeMismatchException;
import gradlab.tensor.Tensor;
import java.util.List;
import org.hipparchus.special.Erf;

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

  public static Node exp(Node a) {
    return node(Op.EXP, a.value().map(Math::exp), a);
  }

  public static Node log(Node a) {
    return node(Op.LOG, a.value().map(Math::log), a);
  }

  public static Node sigmoid(Node a) {
    return node(Op.SIGMOID, a.value().map(Ad::sigmoid), a);
  }

  public static Node tanh(Node a) {
    return node(Op.TANH, a.value().map(Math::tanh), a);
  }

  public static Node relu(Node a) {
    return node(Op.RELU, Kernels.relu(a.value()), a);
  }

  public static Node leakyRelu(Node a, double alpha) {
    return new Node(Op.LEAKY_RELU, List.of(a), a.value().map(x -> x > 0 ? x : alpha * x), alpha,
        null);
  }

  public static Node softplus(Node a) {
    return node(Op.SOFTPLUS, a.value().map(Ad::softplus), a);
  }

  public static Node gelu(Node a) {
    return node(Op.GELU, a.value().map(x -> x * normalCdf(x)), a);
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

  // ---- scalar functions shared with the backward rules ----

  static double sigmoid(double x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
  }

  static double softplus(double x) {
    return x > 30 ? x : Math.log1p(Math.exp(x));
  }

  static double normalCdf(double x) {
    return 0.5 * (1 + Erf.erf(x / Math.sqrt(2)));
  }

  static double normalPdf(double x) {
    return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  }

  static DType type(Node n) {
    return n.value().dtype();
  }
}
