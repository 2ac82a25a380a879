package gradlab.cli;

import gradlab.data.Mnist;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.Tensor;
import gradlab.train.ImageTransform;
import gradlab.train.MnistCnn;
import gradlab.train.Progress;
import gradlab.train.TrainConfig;
import gradlab.train.Trainer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gradlab bench mnist}: training throughput of the exercise-5 network on the real MNIST
 * (batch 64, 28×28 and 24×24 crops), and the GFLOP/s of its convolution kernels, each against a
 * baseline measured in the same run: the float64 path of the same kernels (im2col + EJML), and
 * the machine's fused multiply–add peak as measured by {@code FmaProbe}.
 */
@Command(name = "mnist", description = "Training throughput of the exercise-5 CNN on the real "
    + "MNIST (batch 64) and GFLOP/s of its kernels, with same-run baselines; with --against "
    + "pytorch, gradlab and bench/pytorch_mnist.py alternated round by round.")
final class BenchMnist implements Callable<Integer> {
  @Option(names = "--steps", defaultValue = "300", description = "timed training steps per "
      + "repeat (default ${DEFAULT-VALUE})")
  int steps;

  @Option(names = "--repeats", defaultValue = "3", description = "timed repeats; the median is "
      + "reported (default ${DEFAULT-VALUE})")
  int repeats;

  @Option(names = "--against", paramLabel = "pytorch", description = "compare with PyTorch: "
      + "gradlab and bench/pytorch_mnist.py alternately, --rounds times; prints every round's "
      + "rates, the ratio's range and a verdict (none when either side spreads over 15 %%)")
  String against;

  @Option(names = "--rounds", defaultValue = "3", description = "rounds of the comparison "
      + "(default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "warm-up rounds of the "
      + "comparison, run like the others on both sides before them and not counted (default "
      + "${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "the Python "
      + "with PyTorch for --against (default ${DEFAULT-VALUE}, Debian's python3-torch)")
  String python;

  @Option(names = "--data", paramLabel = "DIR", description = "MNIST IDX files (gzipped or not) "
      + "from DIR instead of the verified download")
  Path dataDir;

  @Override
  public Integer call() {
    if (against != null) {
      return compare();
    }
    Mnist data = dataDir != null ? Mnist.load(dataDir) : Mnist.fetchAndLoad();
    System.out.printf(Locale.ROOT, "cores: %d, kernels: %s%n",
        Runtime.getRuntime().availableProcessors(), Kernels.floatKernels());
    double peak = Kernels.fmaPeakGflops(20_000_000);
    System.out.printf(Locale.ROOT, "measured fp32 FMA peak, all cores: %.0f GFLOP/s%n%n", peak);
    System.out.println("kernel (batch 64)                 float32 ms  GFLOP/s  % of peak"
        + "   float64 ms  speed-up");
    Random r = new Random(1);
    Kernels.Conv valid = new Kernels.Conv(1, 0);
    Tensor x1 = Tensor.randn(r, 1, DType.FLOAT64, 64, 1, 28, 28);
    Tensor w1 = Tensor.randn(r, 0.2, DType.FLOAT64, 16, 1, 5, 5);
    Tensor x2 = Tensor.randn(r, 1, DType.FLOAT64, 64, 16, 12, 12);
    Tensor w2 = Tensor.randn(r, 0.05, DType.FLOAT64, 16, 16, 5, 5);
    Tensor b = Tensor.zeros(DType.FLOAT64, 16);
    Tensor y1 = Tensor.randn(r, 1, DType.FLOAT64, 64, 16, 24, 24);
    Tensor y2 = Tensor.randn(r, 1, DType.FLOAT64, 64, 16, 8, 8);
    double f1 = 2.0 * 64 * 576 * 16 * 25;
    double f2 = 2.0 * 64 * 64 * 16 * 400;
    boolean above = kernel("conv1 forward 1→16, 5×5, 28×28", f1, peak, t -> conv(x1, w1, b, t,
        valid));
    above |= kernel("conv1 weight gradient", f1, peak, t -> convBackward(x1, w1, y1, t, valid,
        false));
    above |= kernel("conv2 forward 16→16, 5×5, 12×12", f2, peak, t -> conv(x2, w2, b, t, valid));
    above |= kernel("conv2 weight + input gradient", 2 * f2, peak, t -> convBackward(x2, w2, y2,
        t, valid, true));
    Tensor a = Tensor.randn(r, 1, DType.FLOAT64, 1024, 1024);
    above |= kernel("matmul 1024², both cores", 2.0 * 1024 * 1024 * 1024, peak, t -> {
      Tensor at = a.to(t);
      return () -> Kernels.matmul(at, at);
    });
    System.out.print(abovePeakNote(above));
    System.out.println();
    for (int run = 0; run < 3; run++) {
      int side = run == 0 ? 28 : 24;
      ImageTransform t = run == 0 ? new ImageTransform.Identity() : run == 1
          ? new ImageTransform.CenterCrop(24) : new ImageTransform.RotateAndCrop(15, 24);
      double[] rates = new double[repeats];
      for (int i = 0; i < repeats + 1; i++) {
        // the first repeat warms the JIT up and is not counted
        TrainConfig c = new TrainConfig(64 * steps, 1, 64, 0.02, 0.9, 7 + i, t, t);
        double rate = Trainer.fit(MnistCnn.create(side, 7), data.train(), data.test(), c,
            Progress.none()).examplesPerSecond();
        if (i > 0) {
          rates[i - 1] = rate;
        }
      }
      Arrays.sort(rates);
      double flops = MnistCnn.flopsPerExample(side);
      double median = rates[repeats / 2];
      System.out.printf(Locale.ROOT, "training %d×%d%s, batch 64: %.0f examples/s (median of %d ×"
          + " %d steps; range %.0f–%.0f), %.2f MFLOP per example → %.1f GFLOP/s, %s of "
          + "peak%n", side, side, run == 0 ? "" : run == 1 ? " (centre crop)"
          : " (rotation + random crop)", median, repeats,
          steps, rates[0], rates[repeats - 1], flops / 1e6, median * flops / 1e9,
          shareOfPeak(median * flops / 1e9, peak));
    }
    return 0;
  }

  private int compare() {
    if (!against.equals("pytorch")) {
      throw new IllegalArgumentException("bench mnist --against " + against + ": unknown; hint: "
          + "the only comparison is --against pytorch");
    }
    if (rounds < 1 || steps < 1) {
      throw new IllegalArgumentException("bench mnist: --rounds " + rounds + " --steps " + steps
          + ": both must be at least 1");
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("bench mnist: --warmup " + warmup + ": must be 0 or "
          + "more; hint: --warmup 0 counts every round");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    Path root = Path.of(System.getProperty("gradlab.root", "."));
    PytorchProcess pytorch = new PytorchProcess(python, root.resolve("bench/pytorch_mnist.py"),
        cores, steps, dataDir != null ? dataDir : Mnist.defaultCache());
    pytorch.checkAvailable();
    Mnist data = dataDir != null ? Mnist.load(dataDir) : Mnist.fetchAndLoad();
    if (data.train().count() < 64 * steps) {
      throw new IllegalArgumentException("bench mnist: " + data.train().count() + " training "
          + "images are fewer than " + steps + " steps of 64; hint: fewer --steps");
    }
    System.out.printf(Locale.ROOT, "gradlab bench mnist --against pytorch --warmup %d --rounds %d "
        + "--steps %d%s%n%s UTC; %d cores; batch 64, %d steps per run; each round: gradlab (%d "
        + "cores), then PyTorch (%d threads: %s); %s%n", warmup, rounds, steps,
        dataDir != null ? " --data " + dataDir : "",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toLocalDateTime()
            .toString().replace('T', ' '), cores, steps, cores, cores,
        String.join(" ", pytorch.command()), warmup == 0 ? "no warm-up round, every round counted"
            : warmup + " warm-up round" + (warmup == 1 ? "" : "s") + " first on both sides, "
            + "not counted");
    var test = data.test().first(Math.min(64, data.test().count()));
    PytorchComparison.Side gradlab = round -> {
      var rates = new java.util.EnumMap<PytorchComparison.Configuration, Double>(
          PytorchComparison.Configuration.class);
      for (var c : PytorchComparison.Configuration.values()) {
        // before the first round (a warm-up round too), one untimed run per configuration
        // warms the JIT up, as PyTorch's script warms up in each of its processes
        for (int warm = round == 0 ? 1 : 0; warm >= 0; warm--) {
          TrainConfig tc = new TrainConfig(64 * steps, 1, 64, 0.02, 0.9, 7 + round, c.transform(),
              c.transform());
          rates.put(c, Trainer.fit(MnistCnn.create(c.side, 7), data.train(), test, tc,
              Progress.none()).examplesPerSecond());
        }
      }
      return rates;
    };
    PytorchComparison.run(warmup, rounds, gradlab, pytorch, System.out);
    return 0;
  }

  private static Runnable conv(Tensor x, Tensor w, Tensor b, DType t, Kernels.Conv g) {
    Tensor xt = x.to(t);
    Tensor wt = w.to(t);
    Tensor bt = b.to(t);
    return () -> Kernels.conv2d(xt, wt, bt, g);
  }

  private static Runnable convBackward(Tensor x, Tensor w, Tensor dy, DType t, Kernels.Conv g,
      boolean dx) {
    Tensor xt = x.to(t);
    Tensor wt = w.to(t);
    Tensor dyt = dy.to(t);
    return () -> Kernels.conv2dBackward(xt, wt, dyt, g, dx);
  }

  /** One kernel in float32 and float64; {@code prepare} converts the inputs outside the clock. */
  private static boolean kernel(String name, double flops, double peak,
      java.util.function.Function<DType, Runnable> prepare) {
    double f32 = millis(prepare.apply(DType.FLOAT32), 40);
    double f64 = millis(prepare.apply(DType.FLOAT64), 5);
    double gflops = flops / f32 / 1e6;
    System.out.printf(Locale.ROOT, "%-33s %10.3f %8.1f %11s %12.2f %8.1f×%n", name, f32,
        gflops, shareOfPeak(gflops, peak), f64, f64 / f32);
    return gflops > peak;
  }

  /**
   * The kernel's share of the measured peak, "87 %"; above the peak ("matmul … 118 % of
   * peak" was printed at a load of 13) the peak was measured while the machine was busy, and
   * the cell says so instead of a share that cannot be.
   */
  static String shareOfPeak(double gflops, double peak) {
    return gflops > peak ? "> peak *" : String.format(Locale.ROOT, "%.0f %%", 100 * gflops
        / peak);
  }

  /** The note under the kernel table when a kernel ran faster than the peak measured. */
  static String abovePeakNote(boolean any) {
    return any ? "* faster than the peak measured above: the machine was busy while the peak "
        + "was measured, so the shares of this run are not comparable; run again when it is "
        + "quiet\n" : "";
  }

  /** Median wall time in ms of {@code reps} runs after as many warm-up runs. */
  private static double millis(Runnable r, int reps) {
    double[] t = new double[reps];
    for (int i = 0; i < 2 * reps; i++) {
      long s = System.nanoTime();
      r.run();
      if (i >= reps) {
        t[i - reps] = (System.nanoTime() - s) / 1e6;
      }
    }
    Arrays.sort(t);
    return t[reps / 2];
  }
}
