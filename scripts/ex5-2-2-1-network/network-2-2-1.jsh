// Seed 003 (Pattern Recognition, exercise 5), question 3–5: the 2-2-1 sigmoid network.
//
// How the network is read from the worked solution:
//   h1 = a(x1·w1 + x2·w3 + b1·w5), h2 = a(x1·w2 + x2·w4 + b1·w6), ŷ = h1·w7 + h2·w8 + b2·w9,
//   L = ½(ŷ − y)², a = σ. "a(0.7 + 1.5)" with w1 = 0.7, w3 = 1.5 gives x1 = x2 = 1, and w5 = 0;
//   "a(1.3 + 0.1)" gives w2 = 1.3, w4 = 0.1, w6 = 0; w7 = 0.7, w8 = 0.8, w9 = 0 from ŷ and the
//   update step; b1 = b2 = 1 (bias inputs: "b2·w9* = −1·0.054"); ŷ − y ≈ 0.27 with ŷ ≈ 1.27
//   gives y = 1. The learning rate of the step is η = 0.2.
import gradlab.verdict.*;
var net = define(
    "h1in = x1*w1 + x2*w3 + b1*w5", "h1 = sigma(h1in)",
    "h2in = x1*w2 + x2*w4 + b1*w6", "h2 = sigma(h2in)",
    "yhat = h1*w7 + h2*w8 + b2*w9", "L = (yhat - y)^2/2");
var weights = new LinkedHashMap<String, Double>();
double[] w0 = {0.7, 1.3, 1.5, 0.1, 0, 0, 0.7, 0.8, 0};
for (int i = 0; i < 9; i++) weights.put("w" + (i + 1), w0[i]);
var data = new LinkedHashMap<String, Double>(Map.of("x1", 1.0, "x2", 1.0, "b1", 1.0, "b2", 1.0, "y", 1.0));
var point = new LinkedHashMap<String, Double>(data); point.putAll(weights);
var v = net.evaluate(engine(), point);
System.out.printf(Locale.ROOT, "Forward pass: h1 = σ(%.1f) = %.4f, h2 = σ(%.1f) = %.4f, ŷ = %.4f, L = %.5f%n",
    v.get("h1in"), v.get("h1"), v.get("h2in"), v.get("h2"), v.get("yhat"), v.get("L"));
String mark(double value, String written) {
  return Written.agrees(value, written) ? "✓" : String.format(Locale.ROOT, "✗ (%." + Written.decimals(written) + "f)", value);
}
System.out.printf(Locale.ROOT, "  worked solution: h1 ≈ 0.9 %s, h2 ≈ 0.8 %s, ŷ ≈ 1.27 %s, L ≈ 0.04 %s%n",
    mark(v.get("h1"), "0.9"), mark(v.get("h2"), "0.8"), mark(v.get("yhat"), "1.27"), mark(v.get("L"), "0.04"));

// Gradients by the chain rule, checked against each of the worked solution's formulas and numbers.
var rule = chain(net);
var params = List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9");
// the stated chains, with a(h)(1 − a(h)) read as intended, h(1 − h) (see the notes below)
String[] statedFormula = {
    "(yhat-y)*w7*h1*(1-h1)*x1", "(yhat-y)*w8*h2*(1-h2)*x1",
    "(yhat-y)*w7*h1*(1-h1)*x2", "(yhat-y)*w8*h2*(1-h2)*x2",
    "(yhat-y)*w8*h2*(1-h2)*1", "(yhat-y)*w8*h2*(1-h2)*1",
    "h1*(yhat-y)", "h2*(yhat-y)", "1*(yhat-y)"};
String[] statedValue = {"0.02", "0.03", "0.02", "0.03", "0.02", "0.03", "0.24", "0.22", "0.27"};
var grad = new LinkedHashMap<String, Double>();
System.out.println();
System.out.println("Gradient (chain rule) and the worked solution's ∂L/∂wᵢ:");
for (int i = 0; i < 9; i++) {
  String p = params.get(i);
  var d = rule.derivative("L", p);
  double value = num(d.value(), v);
  grad.put(p, value);
  // the stated formula, with its intermediate names, evaluated at the same forward values
  double stated = num(statedFormula[i], v);
  boolean formulaRight = Math.abs(stated - value) < 1e-9;
  boolean numberRight = Written.agrees(value, statedValue[i]);
  System.out.printf(Locale.ROOT, "  %-36s = %8.5f   stated ≈ %s %s%s%n", d.toString(), value, statedValue[i],
      numberRight ? "✓" : "✗ (rounds to " + String.format(Locale.ROOT, "%.2f", value) + ")",
      formulaRight ? "" : String.format(Locale.ROOT, "; stated formula gives %.5f ✗", stated));
}
System.out.println("Notes on the worked solution's formulas:");
System.out.println("  • ∂h₁/∂h₁ᵢₙ is written a(h₁)(1 − a(h₁)); it is a′(h₁ᵢₙ) = a(h₁ᵢₙ)(1 − a(h₁ᵢₙ)) = h₁(1 − h₁).");
System.out.printf(Locale.ROOT, "    As written it would be %.4f instead of %.4f; the numbers used (0.09, 0.16) %s.%n",
    num("sigma(h1)*(1-sigma(h1))", v), num("h1*(1-h1)", v),
    Written.agrees(num("h1*(1-h1)", v), "0.09") && Written.agrees(num("h2*(1-h2)", v), "0.16")
        ? "are the correct ones, h₁(1 − h₁) and h₂(1 − h₂), to the digits written" : "are not h₁(1 − h₁) and h₂(1 − h₂) either");
System.out.println("  • ∂L/∂w₅ is written along the h₂ path (w₈, h₂ᵢₙ), but w₅ feeds h₁ᵢₙ: the right factors are w₇ and a′(h₁ᵢₙ).");
// which path the solution's number 0.27·0.7·0.09 follows: the nearer of the two
boolean h1Path = Agreement.closerTo(0.27 * 0.7 * 0.09, grad.get("w5"), num(statedFormula[4], v));
System.out.printf(Locale.ROOT, "    Its number 0.27·0.7·0.09 = %.5f is nearer the %s path (%.5f) than the %s (%.5f); the formula as written gives %.5f.%n",
    0.27 * 0.7 * 0.09, h1Path ? "h₁" : "h₂", h1Path ? grad.get("w5") : num(statedFormula[4], v), h1Path ? "h₂" : "h₁",
    h1Path ? num(statedFormula[4], v) : grad.get("w5"), num(statedFormula[4], v));

System.out.print(audit(net, "L", 10, 3L, params.toArray(String[]::new)).table());

// One gradient step with η = 0.2.
double eta = 0.2;
double[] statedNew = {0.7, 1.3, 1.5, 0.1, -0.004, -0.006, 0.65, 0.7, -0.054};
var updated = new LinkedHashMap<String, Double>(point);
System.out.println();
System.out.println("Gradient step wᵢ* = wᵢ − η·∂L/∂wᵢ, η = 0.2:");
for (int i = 0; i < 9; i++) {
  String p = params.get(i);
  double nw = point.get(p) - eta * grad.get(p);
  updated.put(p, nw);
  String digits = String.valueOf(statedNew[i]);
  int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
  boolean ok = Written.agrees(nw, digits);
  System.out.printf(Locale.ROOT, "  %s* = %9.5f   stated ≈ %s %s%n", p, nw, digits,
      ok ? "✓" : "✗ (to " + decimals + (decimals == 1 ? " decimal: " : " decimals: ") + String.format(Locale.ROOT, "%." + decimals + "f", nw) + ")");
}
System.out.println("  (the solution also writes w₆* = w₄ − η·∂L/∂w₆: a typo for w₆, whose value 0 it then uses)");
var v1 = net.evaluate(engine(), updated);
System.out.printf(Locale.ROOT, "New loss: ŷ' = %.4f, L' = %.5f; worked solution: ŷ' = 1.092 %s, L' = 0.0042 %s%n",
    v1.get("yhat"), v1.get("L"), mark(v1.get("yhat"), "1.092"), mark(v1.get("L"), "0.0042"));
// does the solution's w₈* ≈ 0.7 explain its ŷ'? the new loss with w₈* = 0.7 and every other weight as computed
var withRounded = new LinkedHashMap<String, Double>(updated);
withRounded.put("w8", 0.7);
var v07 = net.evaluate(engine(), withRounded);
boolean explains = Agreement.closerTo(1.092, v07.get("yhat"), v1.get("yhat"));
System.out.printf(Locale.ROOT, "  With w₈* = 0.7 instead of %.3f, ŷ' = %.4f and L' = %.5f: %s%n", updated.get("w8"),
    v07.get("yhat"), v07.get("L"), explains ? "nearer its figures, so its error comes from w₈* ≈ 0.7."
        : "no nearer its figures, so w₈* ≈ 0.7 does not explain them.");
System.out.printf(Locale.ROOT, "  The loss %s from %.5f to %.5f (the solution says it decreases; its own listing for η = 0.2%n",
    Difference.of(v1.get("L") - v.get("L"), 0).word("increases", "does decrease", "stays"), v.get("L"), v1.get("L"));
System.out.println("  has 0.0093 as the second value).");

// Loss sequences for η = 0.2 and η = 1, with the compiled reverse-mode gradient.
var reverse = rule.reverseMode("L", params);
var inputs = new ArrayList<String>(data.keySet()); inputs.addAll(params);
var outs = new ArrayList<Expr>(); outs.add(expr("L")); outs.addAll(reverse.gradient().values());
var f = compile(reverse.definitions(), outs, inputs.toArray(String[]::new));
double[][] stated = {
    {0.0370, 0.0093, 0.0024, 0.0006, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000},
    {0.0370, 0.0813, 0.1745, 0.3822, 0.7823, 1.6351, 2.6870, 4.0413, 1.7092, 0.6663}};
double[] etas = {0.2, 1.0};
double[][] engineLosses = new double[2][];
int totalMismatches = 0, totalValues = 0;
var fig = figure("2-2-1 network: loss during gradient descent", "step", "L");
System.out.println();
for (int e = 0; e < 2; e++) {
  double[] x = new double[inputs.size()];
  for (int i = 0; i < x.length; i++) x[i] = point.get(inputs.get(i));
  int steps = stated[e].length;
  double[] losses = new double[steps], idx = new double[steps];
  int mismatches = 0;
  System.out.printf(Locale.ROOT, "η = %.1f:  step   engine L    stated%n", etas[e]);
  for (int s = 0; s < steps; s++) {
    double[] out = f.at(x);
    losses[s] = out[0]; idx[s] = s;
    boolean same = Written.agrees(out[0], String.format(Locale.ROOT, "%.4f", stated[e][s]));
    if (!same) mismatches++;
    System.out.printf(Locale.ROOT, "          %4d   %.6f    %.4f %s%n", s, out[0], stated[e][s], same ? "✓" : "✗");
    for (int i = 0; i < params.size(); i++) x[data.size() + i] -= etas[e] * out[1 + i];
  }
  System.out.printf(Locale.ROOT, "  %d of %d listed values differ at 4 decimals%n", mismatches, steps);
  fig = fig.withSeries(new Figure.Series("η = " + etas[e], idx, losses));
  engineLosses[e] = losses;
  totalMismatches += mismatches;
  totalValues += steps;
}
if (totalMismatches == 0) {
  System.out.println("Both listings are reproduced from the network as written, to the 4 decimals given.");
} else {
  int p1 = Series.peak(engineLosses[1]), q1 = Series.peak(stated[1]);
  System.out.printf(Locale.ROOT, "The listings cannot be reproduced from the network as written: %d of %d values differ at 4 decimals%s,%n",
      totalMismatches, totalValues, Written.agrees(engineLosses[1][p1], String.format(Locale.ROOT, "%.4f", stated[1][q1])) ? ""
          : String.format(Locale.ROOT, " (η = 1 peaks at %.2f, not %.2f)", engineLosses[1][p1], stated[1][q1]));
  System.out.println("so the code behind them presumably differs from the text.");
}
for (int e = 0; e < 2; e++) {
  System.out.printf(Locale.ROOT, "η = %.1f: the engine's loss %s; the listing's %s%s%n", etas[e], Series.shape(engineLosses[e]),
      Series.shape(stated[e]), Series.sameShape(engineLosses[e], stated[e]) ? " (the same shape)." : " (a different shape).");
}
if (!Series.nonIncreasing(engineLosses[1])) {
  System.out.println("With η = 1 the loss rises at first because the steps are too large: each overshoots the minimum.");
}
System.out.println("plot written: " + plot(fig, "network-2-2-1-loss.png"));
