// Seed 002 (problem set 3), exercise 6: how the backpropagation equations change for a network
// with a convolutional layer, a max-pooling layer and a fully-connected output layer. Each
// equation is evaluated by hand below and compared with autodiff and with finite differences.
import gradlab.autodiff.*;
import gradlab.tensor.*;
long seed = 6L;
System.out.println("seed = " + seed);
System.out.println("""
Network: x (6×6) → conv, K filters w_k (3×3), bias b_k: z¹_k = w_k ⋆ x + b_k, a¹ = σ(z¹)
         → 2×2 max-pool: p_k,ij = max over window (i, j) of a¹_k → FC: z² = W·vec(p) + b², a² = σ(z²)
         → C = ½‖a² − y‖².
Backpropagation:
  (1) output layer, as before:     δ² = ∇_a C ⊙ σ′(z²) = (a² − y) ⊙ σ′(z²)
  (2) FC weights, as before:       ∂C/∂W_jm = δ²_j·vec(p)_m,  ∂C/∂b²_j = δ²_j
  (3) into the pooling layer:      ∂C/∂p = Wᵀδ² (no σ′: pooling has no activation)
  (4) through max-pooling:         ∂C/∂a¹ = ∂C/∂p routed to the arg-max of each window, 0 elsewhere
  (5) conv layer error:            δ¹ = ∂C/∂a¹ ⊙ σ′(z¹)
  (6) shared conv bias:            ∂C/∂b_k = Σ_ij δ¹_k,ij
  (7) shared conv weights:         ∂C/∂w_k,rs = Σ_ij δ¹_k,ij · x_(i+r),(j+s)   (x ⋆ δ¹: a correlation)
""");
var r = new Random(seed);
int K = 2, n = 6, f = 3, m = n - f + 1, q = m / 2, out = 3;
var x = Tensor.randn(r, 1, DType.FLOAT64, 1, 1, n, n);
var w = Tensor.randn(r, 0.5, DType.FLOAT64, K, 1, f, f);
var b = Tensor.randn(r, 0.1, DType.FLOAT64, K);
var W = Tensor.randn(r, 0.5, DType.FLOAT64, K * q * q, out); // stored [in, out]: z² = vec(p)·W
var b2 = Tensor.randn(r, 0.1, DType.FLOAT64, out);
var y = Tensor.of(new double[] {0, 1, 0}, 1, out);

// forward with autodiff nodes, keeping the intermediates
var xn = Ad.constant(x); var wn = Ad.leaf(w); var bn = Ad.leaf(b); var Wn = Ad.leaf(W); var b2n = Ad.leaf(b2);
var z1 = Ad.conv2d(xn, wn, bn, new Kernels.Conv(1, 0));
var a1 = Ad.sigmoid(z1);
var p = Ad.maxPool2d(a1, 2);
var z2 = Ad.add(Ad.matmul(Ad.flatten(p), Wn), b2n);
var a2 = Ad.sigmoid(z2);
var C = Ad.mul(Ad.constant(0.5), Ad.sum(Ad.square(Ad.sub(a2, Ad.constant(y)))));
var g = Gradients.of(C, List.of(wn, bn, Wn, b2n, p, a1));

// the equations, by hand
double[] d2 = new double[out];
for (int j = 0; j < out; j++) { double s = a2.value().at(j); d2[j] = (s - y.at(j)) * s * (1 - s); }      // (1)
double[] dW = new double[K * q * q * out];
for (int mm = 0; mm < K * q * q; mm++) for (int j = 0; j < out; j++) dW[mm * out + j] = p.value().at(mm) * d2[j]; // (2)
double[] dp = new double[K * q * q];
for (int mm = 0; mm < K * q * q; mm++) for (int j = 0; j < out; j++) dp[mm] += W.at(mm * out + j) * d2[j];      // (3)
double[] da1 = new double[K * m * m];
for (int k = 0; k < K; k++) for (int i = 0; i < q; i++) for (int j = 0; j < q; j++) {                             // (4)
  int best = -1; double max = Double.NEGATIVE_INFINITY;
  for (int di = 0; di < 2; di++) for (int dj = 0; dj < 2; dj++) {
    int idx = (k * m + 2 * i + di) * m + 2 * j + dj;
    if (a1.value().at(idx) > max) { max = a1.value().at(idx); best = idx; }
  }
  da1[best] = dp[(k * q + i) * q + j];
}
double[] d1 = new double[K * m * m];
for (int i = 0; i < d1.length; i++) { double s = a1.value().at(i); d1[i] = da1[i] * s * (1 - s); }                 // (5)
double[] db = new double[K], dw = new double[K * f * f];
for (int k = 0; k < K; k++) for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) {
  double d = d1[(k * m + i) * m + j];
  db[k] += d;                                                                                                        // (6)
  for (int rr = 0; rr < f; rr++) for (int ss = 0; ss < f; ss++) dw[(k * f + rr) * f + ss] += d * x.at((i + rr) * n + j + ss); // (7)
}
double maxDiff(double[] hand, Tensor auto) {
  double d = 0; for (int i = 0; i < hand.length; i++) d = Math.max(d, Math.abs(hand[i] - auto.at(i))); return d;
}
System.out.println("Each equation by hand vs reverse-mode autodiff (max |difference|):");
System.out.printf(Locale.ROOT, "  (2) ∂C/∂W   %.1e   ∂C/∂b² %.1e%n", maxDiff(dW, g.get(Wn)), maxDiff(d2, g.get(b2n)));
System.out.printf(Locale.ROOT, "  (3) ∂C/∂p   %.1e%n", maxDiff(dp, g.get(p)));
long nonZero = Arrays.stream(da1).filter(v -> v != 0).count();
System.out.printf(Locale.ROOT, "  (4) ∂C/∂a¹  %.1e   (%d of %d entries are non-zero; there are %d pooling windows%s)%n",
    maxDiff(da1, g.get(a1)), nonZero, da1.length, K * q * q, nonZero == K * q * q ? ": one per window" : "");
System.out.printf(Locale.ROOT, "  (6) ∂C/∂b   %.1e%n", maxDiff(db, g.get(bn)));
System.out.printf(Locale.ROOT, "  (7) ∂C/∂w   %.1e%n", maxDiff(dw, g.get(wn)));

// and autodiff against central finite differences of C (gradcheck)
var report = GradientCheck.check(in -> {
  var h = Ad.maxPool2d(Ad.sigmoid(Ad.conv2d(Ad.constant(x), in.get(0), in.get(1), new Kernels.Conv(1, 0))), 2);
  var o = Ad.sigmoid(Ad.add(Ad.matmul(Ad.flatten(h), in.get(2)), in.get(3)));
  return Ad.mul(Ad.constant(0.5), Ad.sum(Ad.square(Ad.sub(o, Ad.constant(y)))));
}, List.of(w, b, W, b2));
System.out.println("gradcheck of all " + report.checked() + " parameters: " + report);
System.out.println("What changes: (3) has no σ′ (pooling has no activation); (4) passes each error only to the");
System.out.println("unit that won its window; (6) and (7) sum over all positions, because a filter is shared.");
