import gradlab.nn.Parameter;
import gradlab.optim.Sgd;
import gradlab.tensor.DType;
import gradlab.tensor.Tensor;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The serial parts of the exercise CNN's training step that run outside the convolution
 * kernels, timed alone on whatever engine jar is on the class path: the linear layer's three
 * products ([64, 256]·[256, 10] forward, g·Wᵀ and xᵀ·g backward, the last also through
 * Tensor.transposeMatmul where the jar has it), the [64, 256] transpose, and one SGD step with
 * momentum over the network's six parameters (9.4 k values). Best of 20 × 1000 calls, in µs.
 * Usage: java --add-modules jdk.incubator.vector -cp ENGINE_JAR:DEPS bench/MnistSerial.java
 */
public class MnistSerial {
  public static void main(String[] args) throws Exception {
    Random r = new Random(1);
    Tensor x = Tensor.randn(r, 1, DType.FLOAT32, 64, 256);
    Tensor w = Tensor.randn(r, 1, DType.FLOAT32, 256, 10);
    Tensor g = Tensor.randn(r, 1, DType.FLOAT32, 64, 10);
    Map<Parameter, Tensor> grads = new LinkedHashMap<>();
    for (int[] s : new int[][] {{16, 1, 5, 5}, {16}, {16, 16, 5, 5}, {16}, {256, 10}, {10}}) {
      grads.put(new Parameter("p", Tensor.randn(r, 0.1, DType.FLOAT32, s)),
          Tensor.randn(r, 0.01, DType.FLOAT32, s));
    }
    Sgd sgd = new Sgd(0.02, 0.9);
    Method tm = null;
    try {
      tm = Tensor.class.getMethod("transposeMatmul", Tensor.class);
    } catch (NoSuchMethodException e) {
      // an engine before Tensor.transposeMatmul
    }
    Method transposeMatmul = tm;
    StringBuilder line = new StringBuilder();
    List<String> names = List.of("x·W", "g·Wᵀ", "transpose(x)·g", "transposeMatmul(x, g)",
        "transpose(x)", "SGD step");
    List<Supplier<Object>> ops = List.of(() -> x.matmul(w), () -> g.matmul(w.transpose()),
        () -> x.transpose().matmul(g), () -> transposeMatmul == null ? null
            : invoke(transposeMatmul, x, g), () -> x.transpose(), () -> {
              sgd.stepInPlace(grads);
              return null;
            });
    for (int o = 0; o < ops.size(); o++) {
      if (o == 3 && transposeMatmul == null) {
        line.append(" transposeMatmul(x, g) absent;");
        continue;
      }
      double best = Double.POSITIVE_INFINITY;
      for (int rep = 0; rep < 20; rep++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
          ops.get(o).get();
        }
        best = Math.min(best, (System.nanoTime() - t0) / 1e3 / 1000);
      }
      line.append(String.format(Locale.ROOT, " %s %.1f µs;", names.get(o), best));
    }
    System.out.println(line.toString().trim());
  }

  private static Object invoke(Method m, Tensor a, Tensor b) {
    try {
      return m.invoke(a, b);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
