package gradlab.autodiff;

import gradlab.tensor.ShapeMismatchException;
import gradlab.tensor.Tensor;

/** The fused softmax + cross-entropy, computed stably with the log-sum-exp shift. */
final class SoftmaxCrossEntropy {
  private SoftmaxCrossEntropy() {}

  static Tensor forward(Tensor logits, Tensor labels) {
    check(logits, labels);
    int b = logits.shape().dim(0);
    double[][] p = softmax(logits);
    double loss = 0;
    for (int i = 0; i < b; i++) {
      loss -= Math.log(Math.max(p[i][label(labels, i, p[i].length)], Double.MIN_NORMAL));
    }
    return Tensor.scalar(loss / b).to(logits.dtype());
  }

  /** ∂loss/∂logits = (softmax − onehot)/B, times the upstream scalar g. */
  static Tensor backward(Tensor logits, Tensor labels, double g) {
    int b = logits.shape().dim(0);
    int k = logits.shape().dim(1);
    double[][] p = softmax(logits);
    double[] out = new double[b * k];
    for (int i = 0; i < b; i++) {
      int y = label(labels, i, k);
      for (int j = 0; j < k; j++) {
        out[i * k + j] = g * (p[i][j] - (j == y ? 1 : 0)) / b;
      }
    }
    return Tensor.of(out, b, k).to(logits.dtype());
  }

  private static double[][] softmax(Tensor logits) {
    int b = logits.shape().dim(0);
    int k = logits.shape().dim(1);
    double[][] p = new double[b][k];
    for (int i = 0; i < b; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        max = Math.max(max, logits.at(i * k + j));
      }
      double z = 0;
      for (int j = 0; j < k; j++) {
        p[i][j] = Math.exp(logits.at(i * k + j) - max);
        z += p[i][j];
      }
      for (int j = 0; j < k; j++) {
        p[i][j] /= z;
      }
    }
    return p;
  }

  private static int label(Tensor labels, int i, int classes) {
    double v = labels.at(i);
    int y = (int) v;
    if (y != v || y < 0 || y >= classes) {
      throw new IllegalArgumentException("softmaxCrossEntropy: label " + v + " at row " + i
          + " is not a class index in [0, " + classes + ")");
    }
    return y;
  }

  private static void check(Tensor logits, Tensor labels) {
    if (logits.shape().rank() != 2 || labels.size() != logits.shape().dim(0)) {
      throw new ShapeMismatchException("softmaxCrossEntropy: logits " + logits.shape()
          + ", labels " + labels.shape() + "; hint: logits [B, K] and B labels");
    }
  }
}
