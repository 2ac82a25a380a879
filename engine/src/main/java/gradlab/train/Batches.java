package gradlab.train;

import gradlab.data.ImageSet;
import gradlab.tensor.Parallel;
import gradlab.tensor.Tensor;
import java.util.Random;

/**
 * Mini-batches as float32 tensors [B, 1, h, w] with MNIST's normalisation
 * x = (pixel/255 − 0.1307)/0.3081, and labels as a tensor [B]. Each image gets its own
 * generator seeded from (seed, position in the epoch), so a batch is the same whatever the
 * number of cores. The image set itself stays one byte per pixel.
 */
public final class Batches {
  /** MNIST's mean and standard deviation of pixel/255 over the training set. */
  public static final double MEAN = 0.1307;
  public static final double STD = 0.3081;

  private Batches() {}

  /** Images {@code order[from .. to)} of {@code set}, transformed. */
  public static Tensor images(ImageSet set, int[] order, int from, int to, ImageTransform t,
      long seed) {
    int side = t.outputSize(set.rows());
    int px = side * side;
    float[] out = new float[(to - from) * px];
    Parallel.forEach(to - from, k -> {
      int i = from + k;
      byte[] img = t.apply(set.image(order[i]), set.rows(), set.cols(), new Random(seed * 1_000_003L
          + i));
      int at = (i - from) * px;
      for (int p = 0; p < px; p++) {
        out[at + p] = (float) (((img[p] & 0xff) / 255.0 - MEAN) / STD);
      }
    });
    return Tensor.ofFloats(out, to - from, 1, side, side);
  }

  /** Labels {@code order[from .. to)} as a float64 tensor [to − from]. */
  public static Tensor labels(ImageSet set, int[] order, int from, int to) {
    double[] y = new double[to - from];
    for (int i = from; i < to; i++) {
      y[i - from] = set.label(order[i]);
    }
    return Tensor.of(y, to - from);
  }
}
