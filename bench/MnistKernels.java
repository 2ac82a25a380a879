package gradlab.tensor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * The exercise CNN's two fused convolution blocks (convolution, 2×2 max-pooling, ReLU) alone, on
 * one thread: the best of 30 rounds of 50 calls at batch 64, in thread CPU µs per call (time the
 * thread was not running is not counted, so a busy machine distorts it less than wall time).
 * Random Gaussian inputs and upstream gradients, fixed seed. In package gradlab.tensor to reach
 * the package-private kernels; {@code bench/ab_kernels.sh} compiles and runs it against two
 * engine jars. Usage: java -XX:ActiveProcessorCount=1 --add-modules jdk.incubator.vector
 * -cp CLASSES:ENGINE_JAR gradlab.tensor.MnistKernels SIDE (28 or 24)
 */
public final class MnistKernels {
  private MnistKernels() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int side = Integer.parseInt(args[0]);
    int k2 = side == 28 ? 5 : 3; // the second convolution is 3×3 for 24×24 crops
    int h2 = (side - 4) / 2;
    FloatIm2col[] layers = {
        new FloatIm2col(1, side, side, 5, 5, 1, 0, side - 4, side - 4),
        new FloatIm2col(16, h2, h2, k2, k2, 1, 0, h2 - k2 + 1, h2 - k2 + 1)};
    Random r = new Random(1);
    int n = 64;
    StringBuilder line = new StringBuilder("side " + side + ":");
    for (int l = 0; l < 2; l++) {
      FloatIm2col g = layers[l];
      float[] x = gaussian(r, n * g.c() * g.h() * g.w(), 1);
      float[] w = gaussian(r, 16 * g.rows(), 0.1f);
      float[] b = new float[16];
      byte[] codes = new byte[n * 16 * (g.oh() / 2) * (g.ow() / 2)];
      float[] dy = gaussian(r, codes.length, 1);
      boolean wantDx = l == 1; // the first layer's input gradient is not needed
      long forward = Long.MAX_VALUE;
      long backward = Long.MAX_VALUE;
      for (int round = 0; round < 30; round++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < 50; i++) {
          FusedConv.forward(x, n, g, w, b, 16, codes);
        }
        long t1 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < 50; i++) {
          FusedConv.backward(x, n, g, w, 16, dy, codes, wantDx);
        }
        long t2 = mx.getCurrentThreadCpuTime();
        forward = Math.min(forward, (t1 - t0) / 50);
        backward = Math.min(backward, (t2 - t1) / 50);
      }
      line.append(String.format(Locale.ROOT, " conv%d forward %d us, backward %d us;", l + 1,
          forward / 1000, backward / 1000));
    }
    System.out.println(line);
  }

  private static float[] gaussian(Random r, int n, float scale) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) r.nextGaussian() * scale;
    }
    return a;
  }
}
