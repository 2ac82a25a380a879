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
System.out.printf(Locale.ROOT, "(b) With the number of steps fixed, %d / %d / %d distinct examples give %.2f / %.2f / %.2f %%.%n",
    plan[0][0], plan[1][0], plan[2][0], plain[0], plain[1], plain[2]);
if (plain[1] > plain[0] && plain[2] > plain[1]) {
  System.out.println("    Accuracy rises with every increase: a new example teaches the network more than another pass");
  System.out.println("    over one it has seen, which it starts to fit as an individual image (overfitting).");
} else if (plain[2] > plain[0]) {
  System.out.printf(Locale.ROOT, "    More distinct examples end higher (%+.2f points from the smallest to the largest subset), but not%n",
      plain[2] - plain[0]);
  System.out.println("    at every step: the differences between neighbours are within what one seed can tell apart.");
} else {
  System.out.println("    Here the most repeated subset did as well as the largest: at this number of steps the updates,");
  System.out.println("    not the variety of the data, limit the network.");
}
System.out.print("(c) Augmented minus plain, per subset:");
for (int i = 0; i < 3; i++) {
  System.out.printf(Locale.ROOT, " %+.2f", augmented[i] - plain[i]);
}
System.out.println(" points.");
double edge = (augmented[0] - plain[0]) - (augmented[2] - plain[2]);
if (edge > 1) {
  System.out.println("    Augmentation does relatively best on the smallest subset, the one repeated most: rotated, shifted");
  System.out.println("    copies act like new examples there.");
} else {
  System.out.printf(Locale.ROOT, "    Its effect is about the same on every subset (%+.2f points more on the smallest), so here it does%n", edge);
  System.out.println("    not act mainly as a remedy for repeated examples.");
}
if (augmented[0] + augmented[1] + augmented[2] < plain[0] + plain[1] + plain[2]) {
  System.out.println("    On average it costs accuracy at this budget: the training images are harder than the test images");
  System.out.println("    (rotated, off-centre) and the 24×24 inputs lose border pixels, so the network needs more steps.");
} else {
  System.out.println("    On average it helps: the network sees more variety for the same number of steps.");
}

var fig = figure("MNIST test accuracy at an equal number of steps", "distinct training examples", "test accuracy (%)")
    .withSeries(new Figure.Series("(b) plain", sizes, plain))
    .withSeries(new Figure.Series("(c) rotation ±15° + 24×24 crops", sizes, augmented));
System.out.println("plot: " + plot(fig, quick ? "mnist-subsets-quick.png" : "mnist-subsets.png"));
