// Seed 002 (problem set 3), exercise 7: the unstable gradient with rectified linear units.
import gradlab.autodiff.*;
import gradlab.math.MathFunction;
import gradlab.nn.*;
import gradlab.optim.*;
import gradlab.tensor.*;
import gradlab.verdict.*;
long seed = 8L;
System.out.println("seed = " + seed);

// (a) ∂C/∂b₁ for the four-layer chain of the lecture, with ReLU instead of σ.
var net = define("z1 = w1*x + b1", "z2 = w2*relu(z1) + b2", "z3 = w3*relu(z2) + b3",
    "z4 = w4*relu(z3) + b4", "a4 = relu(z4)", "C = (a4 - y)^2/2");
var d = chain(net).derivative("C", "b1");
System.out.println("(a) " + d);
System.out.println("    with ReLU′ = H (Heaviside step): ∂C/∂b₁ = " + named(d.value()));
var sigmoidChain = chain(define("z1 = w1*x + b1", "z2 = w2*sigma(z1) + b2", "z3 = w3*sigma(z2) + b3",
    "z4 = w4*sigma(z3) + b4", "a4 = sigma(z4)", "C = (a4 - y)^2/2")).derivative("C", "b1");
System.out.println("    the lecture's sigmoid chain, for comparison: " + sigmoidChain);
var point = new LinkedHashMap<String, Double>(Map.of("x", 1.0, "y", 0.0, "w1", 1.0, "b1", 0.5,
    "w2", 1.2, "b2", 0.1, "w3", 0.9, "b3", 0.2, "w4", 1.1, "b4", 0.3));
var values = net.evaluate(engine(), point);
boolean allActive = List.of("z1", "z2", "z3", "z4").stream().allMatch(z -> values.get(z) > 0);
System.out.printf(Locale.ROOT, "    %s (z = %.2f, %.2f, %.2f, %.2f): ∂C/∂b₁ = %.4f%s%n",
    allActive ? "all units active" : "some unit inactive", values.get("z1"), values.get("z2"), values.get("z3"),
    values.get("z4"), num(d.value(), values), allActive ? String.format(Locale.ROOT, " = w₂w₃w₄·(a₄ − y) = %.4f",
    1.2 * 0.9 * 1.1 * (values.get("a4") - values.get("y"))) : "");
point.put("b2", -2.0);
var dead = net.evaluate(engine(), point);
double deadGradient = num(d.value(), dead);
System.out.printf(Locale.ROOT, "    with b₂ = −2 (z₂ = %.2f %s 0):       ∂C/∂b₁ = %s%n", dead.get("z2"),
    dead.get("z2") <= 0 ? "≤" : ">", deadGradient == 0 ? "0 exactly" : String.format(Locale.ROOT, "%.4f", deadGradient));
System.out.println("    Each active layer multiplies the gradient by wₗ (ReLU′ = 1), not by wₗσ′ ≤ |wₗ|/4. The gradient");
System.out.println("    is stable when every unit on the path is active (zₗ > 0) and |w₂w₃w₄| ≈ 1; |wₗ| > 1 makes it");
System.out.println("    explode with depth, and a single unit with zₗ ≤ 0 sets it to exactly 0: that unit is 'dead'.");

// (b) Dying ReLU, and two remedies, on a small regression network trained with SGD.
int points = 128, hidden = 32, steps = 1500;
double[] xs = new double[points], ys = new double[points];
for (int i = 0; i < points; i++) { xs[i] = -2 + 4.0 * i / (points - 1); ys[i] = Math.sin(2 * xs[i]); }
var X = Ad.constant(Tensor.of(xs, points, 1));
var Y = Ad.constant(Tensor.of(ys, points, 1));
record Run(String name, MathFunction kind, double lr, double biasInit) {}
var runs = List.of(
    new Run("ReLU, learning rate 0.1", MathFunction.RELU, 0.1, 0),
    new Run("ReLU, biases initialised to −1, lr 0.05", MathFunction.RELU, 0.05, -1),
    new Run("remedy 1: leaky ReLU (α = 0.01), lr 0.1", MathFunction.LEAKY_RELU, 0.1, 0),
    new Run("remedy 2: ReLU, smaller learning rate 0.01", MathFunction.RELU, 0.01, 0));
var fig = figure("Units with zero gradient during training (" + 2 * hidden + " hidden units)", "step", "fraction dead");
System.out.println();
System.out.println("(b) Training y = sin(2x) with two hidden layers of " + hidden + " units, SGD, " + steps + " steps;");
System.out.println("    every run starts from the same He-initialised weights, with zero biases unless stated.");
System.out.println("    inactive: pre-activation ≤ 0 on every input; dead: zero gradient on every input (for ReLU the");
System.out.println("    same units; a leaky unit still passes α·δ, so it can recover); revived: inactive at one check");
System.out.println("    (every 50 steps) and active at a later one.");
System.out.printf(Locale.ROOT, "    %-42s %9s %6s %8s %10s%n", "run", "inactive", "dead", "revived", "final loss");
int window = 500;
int[] deadOf = new int[runs.size()], inactiveOf = new int[runs.size()];
double[] lossOf = new double[runs.size()], lossBefore = new double[runs.size()];
int reluRevived = 0;
for (int n = 0; n < runs.size(); n++) {
  var run = runs.get(n);
  var rng = new Random(seed);
  var l1 = Layer.Linear.create("l1", 1, hidden, true, rng, DType.FLOAT64);
  var l2 = Layer.Linear.create("l2", hidden, hidden, true, rng, DType.FLOAT64);
  var l3 = Layer.Linear.create("l3", hidden, 1, true, rng, DType.FLOAT64);
  l1.bias().setInPlace(Tensor.full(run.biasInit(), DType.FLOAT64, hidden));
  l2.bias().setInPlace(Tensor.full(run.biasInit(), DType.FLOAT64, hidden));
  double slope = run.kind() == MathFunction.LEAKY_RELU ? 0.01 : 0;
  var act = new Layer.Activation(run.kind(), slope);
  var opt = new Sgd(run.lr(), 0);
  var ks = new ArrayList<Double>(); var fracs = new ArrayList<Double>();
  double loss = Double.NaN;
  int inactive = 0, deadUnits = 0;
  // a unit is counted as revived when it was inactive at one check (every 50 steps) and active at a later one
  boolean[] wasInactive = new boolean[2 * hidden], revived = new boolean[2 * hidden];
  for (int s = 0; s <= steps; s++) {
    var bind = new Binding();
    var h1 = l1.forward(X, bind);
    var h2 = l2.forward(act.forward(h1, bind), bind);
    var L = Ad.mse(l3.forward(act.forward(h2, bind), bind), Y);
    loss = L.value().item();
    if (s == steps - window) lossBefore[n] = loss;
    if (s % 50 == 0) {
      inactive = 0;
      var layers = List.of(h1, h2);
      for (int layer = 0; layer < 2; layer++) for (int u = 0; u < hidden; u++) {
        var h = layers.get(layer);
        boolean positive = false;
        for (int i = 0; i < points && !positive; i++) positive = h.value().at(i * hidden + u) > 0;
        int unit = layer * hidden + u;
        if (!positive) { inactive++; wasInactive[unit] = true; }
        else if (wasInactive[unit]) revived[unit] = true;
      }
      deadUnits = slope > 0 ? 0 : inactive; // the derivative is 1 above 0 and the slope below
      ks.add((double) s); fracs.add(deadUnits / (2.0 * hidden));
    }
    if (s < steps) opt.stepInPlace(bind.gradients(L));
  }
  int revivedUnits = 0;
  for (boolean r : revived) if (r) revivedUnits++;
  if (slope == 0) reluRevived += revivedUnits;
  deadOf[n] = deadUnits;
  inactiveOf[n] = inactive;
  lossOf[n] = loss;
  System.out.printf(Locale.ROOT, "    %-42s %6d/%d %3d/%d %8d %10.4f%n", run.name(), inactive, 2 * hidden, deadUnits, 2 * hidden,
      revivedUnits, loss);
  fig = fig.withSeries(new Figure.Series(run.name(), ks.stream().mapToDouble(v -> v).toArray(),
      fracs.stream().mapToDouble(v -> v).toArray()));
}
System.out.println("    A unit that is inactive on every input gets exactly zero gradient through ReLU. In the first layer,");
System.out.println("    whose inputs are fixed, it can never come back; in the second it can, if the first layer's outputs move.");
System.out.println("    In the three ReLU runs, " + ReluRuns.revived(reluRevived) + ".");
System.out.println("    Over its last " + window + " steps the first run's loss " + ReluRuns.trend(lossBefore[0], lossOf[0], 0.1) + ".");
for (int n : new int[] {2, 3}) {
  boolean leaky = runs.get(n).kind() == MathFunction.LEAKY_RELU;
  System.out.printf(Locale.ROOT, "    Remedy %d against the first run: %d/%d inactive units, %s its %d; %d dead, %s its %d%s;%n",
      n - 1, inactiveOf[n], 2 * hidden, ReluRuns.countWord(inactiveOf[n], inactiveOf[0]), inactiveOf[0],
      deadOf[n], ReluRuns.countWord(deadOf[n], deadOf[0]), deadOf[0],
      leaky ? " (a leaky unit always passes α·δ: none is ever dead)" : "");
  System.out.printf(Locale.ROOT, "      final loss %.4f, %s its %.4f.%n", lossOf[n],
      ReluRuns.lossWord(lossOf[n], lossOf[0]), lossOf[0]);
}
var clash = ReluRuns.strongestDisagreement(deadOf, lossOf);
if (clash.isPresent()) {
  int i = clash.get().first(), j = clash.get().second();
  System.out.println("    Dead units and final loss are different questions:");
  System.out.printf(Locale.ROOT, "    \"%s\" has more dead units than \"%s\"%n", runs.get(i).name(), runs.get(j).name());
  System.out.printf(Locale.ROOT, "    (%d against %d of %d) and yet a lower final loss (%.4f against %.4f): the %d units it has left%n",
      deadOf[i], deadOf[j], 2 * hidden, lossOf[i], lossOf[j], 2 * hidden - deadOf[i]);
  System.out.println("    were enough to fit sin(2x) better here.");
} else {
  System.out.println("    Here no run with more dead units ended with a lower final loss; still, dead units and final loss");
  System.out.println("    are different measures, and one does not decide the other.");
}
System.out.println("plot written: " + plot(fig, "dying-relu.png"));
