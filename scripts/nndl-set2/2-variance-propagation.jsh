// Seed 004 (NNDL exercise set 2), question 2: how the variance of pre-activations propagates
// through layers of M inputs with weights w ~ N(0, σ²), derived symbolically and confirmed by
// Monte Carlo on the tensor backend; plus the mean after ReLU, which the worked solution left out.
import gradlab.verdict.*;
long seed = 20240214L;
System.out.println("seed = " + seed);

// (a) Var(Σ wₘxₘ) with independent w, x: Var(XY) = E[X]²Var(Y) + E[Y]²Var(X) + Var(X)Var(Y).
// The weights' standard deviation is the symbol sigma (σ), so Var(w) = σ².
var varProduct = expr("EX^2*VY + EY^2*VX + VX*VY");
var one = engine().substitute(varProduct, Map.of("EX", expr("0"), "EY", expr("0"), "VX", expr("sigma^2"), "VY", expr("1")));
var var1 = eval("Sum(" + one.input() + ", {m, 1, M})");
System.out.println("(a) Var(wₘxₘ) = " + one + " with E[w] = E[x] = 0, Var(w) = σ², Var(x) = 1;  Var(y) = Σₘ Var(wₘxₘ) = Σₘ " + one + " = " + var1
    + "   (worked solution: Mσ² " + (var1.input().equals("M*sigma^2") ? "✓)" : "✗)"));
// (b) identity activation: the second layer sums M terms Var(wᵢ)·Var(y₁)
var var2 = eval("Expand(Sum(sigma^2*(" + var1.input() + "), {i, 1, M}))");
System.out.println("(b) Var(y₂) = Σᵢ σ²·Var(y₁) = " + var2 + "   (worked solution: M²σ⁴ " + (var2.input().equals("M^2*sigma^4") ? "✓)" : "✗)"));
// (c) constant variance: M σ² = 1, solved for the variance v = σ²
var critical = eval("v /. solve(M*v == 1, v)");
System.out.println("(c) Var(y_{k+1}) = Mσ²·Var(y_k) is constant iff Mσ² = 1, σ² = " + critical + "   (worked solution: 1/M " + (critical.input().equals("1/M") ? "✓)" : "✗)"));
// (d) ReLU: x = max(0, y), y ~ N(0, s²). With y = s·u, u ~ N(0, 1): E[x²] = s²·∫₀^∞ u² φ(u) du.
var halfSecondMoment = eval("Integrate(u^2*Exp(-u^2/2), {u, 0, Infinity})/Sqrt(2*Pi)");
var criticalRelu = eval("v /. solve(M*v*" + halfSecondMoment.input() + " == 1, v)");
System.out.println("(d) E[max(0, y)²] = Var(y)·∫₀^∞ u² φ(u) du = Var(y)·" + halfSecondMoment + ", so Var(y_k) = Mσ²·Var(y_{k−1})/2,");
System.out.println("    constant iff σ² = " + criticalRelu + "   (worked solution: 2/M " + (criticalRelu.input().equals("2/M") ? "✓)" : "✗)"));
var meanFactor = eval("Integrate(u*Exp(-u^2/2), {u, 0, Infinity})/Sqrt(2*Pi)");
System.out.println("Left undone in the worked solution: E[max(0, y)] = s·∫₀^∞ u φ(u) du = s·" + meanFactor
    + " = √(Var(y)/(2π)) > 0: after ReLU the mean is not zero.");

// Monte Carlo on the tensor backend: B inputs x ~ N(0, 1)^M through L layers.
int m = 100, batch = 2000, layers = 12;
var random = new Random(seed);
var x0 = gradlab.tensor.Tensor.randn(random, 1, gradlab.tensor.DType.FLOAT64, batch, m);
double[][] ratios = {{0.5, 1, 2}, {1, 2}};
String[] acts = {"identity", "ReLU"};
var fig = figure("Variance of pre-activations with depth (M = " + m + ")", "layer k", "Var(y_k)").withLogY();
System.out.println();
System.out.printf(Locale.ROOT, "Monte Carlo, M = %d, %d samples, %d layers (variance over all units and samples):%n", m, batch, layers);
double[] measuredMean = new double[1], lastVar = new double[1];
double worst = 0;            // the largest relative deviation of Var(y₁), Var(y₂) from the theory
double heDrift = Double.NaN; // Var(y₁₂)/Var(y₁) for ReLU with σ² = 2/M
for (int a = 0; a < 2; a++) {
  for (double r : ratios[a]) {
    double s2 = r / m;
    var x = x0;
    double[] ks = new double[layers], vars = new double[layers];
    for (int k = 0; k < layers; k++) {
      var w = gradlab.tensor.Tensor.randn(random, Math.sqrt(s2), gradlab.tensor.DType.FLOAT64, m, m);
      var y = x.matmul(w);
      double mu = y.sum() / y.size();
      vars[k] = y.map(t -> (t - mu) * (t - mu)).sum() / y.size();
      ks[k] = k + 1;
      x = a == 0 ? y : y.map(t -> Math.max(0, t));
      if (a == 1 && r == 2 && k == layers - 1) {
        measuredMean[0] = x.sum() / x.size();
        lastVar[0] = vars[k];
      }
    }
    String label = String.format(Locale.ROOT, "%s, σ² = %s/M", acts[a], r == 0.5 ? "0.5" : String.valueOf((int) r));
    double predicted1 = m * s2, predicted2 = a == 0 ? Math.pow(m * s2, 2) : m * s2 * predicted1 / 2;
    worst = Math.max(worst, Math.max(Agreement.relativeDeviation(vars[0], predicted1),
        Agreement.relativeDeviation(vars[1], predicted2)));
    if (a == 1 && r == 2) heDrift = vars[layers - 1] / vars[0];
    System.out.printf(Locale.ROOT, "  %-20s Var(y₁) = %.3f (theory %.3f), Var(y₂) = %.3f (theory %.3f), Var(y₁₂) = %.3g%n",
        label, vars[0], predicted1, vars[1], predicted2, vars[layers - 1]);
    fig = fig.withSeries(new Figure.Series(label, ks, vars));
  }
}
System.out.printf(Locale.ROOT, "  ReLU, σ² = 2/M: mean after the last ReLU %.4f; √(Var(y₁₂)/(2π)) predicts %.4f%n",
    measuredMean[0], Math.sqrt(lastVar[0] / (2 * Math.PI)));
System.out.println("  Var(y₁) and Var(y₂) " + Agreement.describe(worst, 0.1) + " with the theory in every run.");
System.out.println("Identity layers multiply the variance by Mσ² per layer (vanishing below 1/M, exploding above);");
System.out.println("ReLU halves it, so He's σ² = 2/M keeps it constant in expectation.");
String drift = Agreement.drift(heDrift, 0.1);
System.out.printf(Locale.ROOT, "In this one network with σ² = 2/M, Var(y₁₂) %s Var(y₁)%s%n", drift,
    drift.startsWith("drifts") ? ": at finite M each" : ".");
if (drift.startsWith("drifts")) {
  System.out.println("layer's factor is itself random (its expectation is exactly 1), so their product wanders;");
  System.out.println("the variance is constant only on average over networks.");
}
System.out.println("plot written: " + plot(fig, "variance-vs-depth.png"));
