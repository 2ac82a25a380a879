package gradlab.train;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Node;
import gradlab.data.ImageSet;
import gradlab.nn.Binding;
import gradlab.nn.Sequential;
import gradlab.optim.Sgd;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The mini-batch training loop and test accuracy for an image classifier. */
public final class Trainer {
  private Trainer() {}

  /**
   * Trains {@code model} in place on the first {@code c.examples()} images of {@code train},
   * then measures accuracy on {@code test}. Mutates the model's parameters.
   */
  public static TrainResult fit(Sequential model, ImageSet train, ImageSet test, TrainConfig c,
      Progress progress) {
    if (c.examples() > train.count()) {
      throw new IllegalArgumentException("train: asked for " + c.examples() + " examples but "
          + "the set has " + train.count());
    }
    Sgd sgd = new Sgd(c.learningRate(), c.momentum());
    Random shuffle = new Random(c.seed());
    long total = c.steps() * c.batchSize();
    long done = 0;
    long steps = 0;
    List<Double> epochLoss = new ArrayList<>();
    double recent = Double.NaN;
    long start = System.nanoTime();
    for (int epoch = 0; epoch < c.epochs(); epoch++) {
      int[] order = permutation(c.examples(), shuffle);
      double sum = 0;
      int batches = 0;
      for (int from = 0; from + c.batchSize() <= order.length; from += c.batchSize()) {
        int to = from + c.batchSize();
        long batchSeed = c.seed() * 31 + epoch;
        Tensor x = Batches.images(train, order, from, to, c.train(), batchSeed);
        Node labels = Ad.constant(Batches.labels(train, order, from, to));
        Binding b = new Binding();
        Node loss = Ad.softmaxCrossEntropy(model.forward(Ad.constant(x), b), labels);
        sgd.stepInPlace(b.gradients(loss));
        double l = loss.value().item();
        sum += l;
        batches++;
        recent = Double.isNaN(recent) ? l : 0.95 * recent + 0.05 * l;
        done += to - from;
        steps++;
        progress.update(done, total, recent, (System.nanoTime() - start) / 1e9);
      }
      epochLoss.add(sum / batches);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.finish(total, seconds);
    return new TrainResult(accuracy(model, test, c.test(), 500), epochLoss, steps, done,
        seconds);
  }

  /** Fraction of {@code set} whose arg-max logit is the label, in batches of {@code batch}. */
  public static double accuracy(Sequential model, ImageSet set, ImageTransform t, int batch) {
    int[] order = permutation(set.count(), null);
    int correct = 0;
    for (int from = 0; from < set.count(); from += batch) {
      int to = Math.min(set.count(), from + batch);
      Tensor logits = model.forward(Ad.constant(Batches.images(set, order, from, to, t, 0)),
          new Binding()).value();
      int k = logits.shape().dim(1);
      for (int i = 0; i < to - from; i++) {
        int best = 0;
        for (int j = 1; j < k; j++) {
          if (logits.at(i * k + j) > logits.at(i * k + best)) {
            best = j;
          }
        }
        correct += best == set.label(from + i) ? 1 : 0;
      }
    }
    return (double) correct / set.count();
  }

  /** 0 … n−1, shuffled by Fisher–Yates when {@code random} is given. */
  static int[] permutation(int n, Random random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    if (random != null) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
      }
    }
    return p;
  }
}
