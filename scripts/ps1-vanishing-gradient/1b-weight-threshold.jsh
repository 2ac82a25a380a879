// Problem set 1 (seed 000), exercise 1(b): |w σ′(wz + b)| ≥ 1 is possible only if |w| ≥ 4.
import gradlab.verdict.*;
var max = maximize("D(sigma(u), u)", "u");
System.out.println("max over u of σ′(u) = " + max.value() + " at u = " + max.point());
System.out.println("  found by " + max.method() + "; checked on " + max.checkedPoints() + " grid points");
System.out.println("  σ′ in named form: " + eval("named(D(sigma(u), u))"));

System.out.println();
System.out.println("Hence |w σ′(wz + b)| = |w|·σ′(u) ≤ |w|·(" + max.value() + ") for every z and b.");
var threshold = window().weightThreshold();
System.out.println("|w|·(" + max.value() + ") ≥ 1  ⇔  |w| ≥ " + threshold);

System.out.println();
System.out.println("Check: the largest value of |w σ′(wz + b)| over z, for some |w| (b = 0.3):");
for (double w : new double[] {2.0, 3.9, 4.0, 6.0, -6.0}) {
  // the maximum over z is attained where wz + b = 0, i.e. z = −b/w
  double best = Math.abs(num("w*D(sigma(u),u) /. u -> w*z + b", "w", w, "z", -0.3 / w, "b", 0.3));
  System.out.printf(Locale.ROOT, "  w = %5.1f: max |w σ′| = %.4f  %s%n", w, best,
      // 1e-12: at |w| = 4 the maximum is 1 up to rounding
      Difference.of(best - 1, 1e-12).word("> 1", "< 1 (shrinks the gradient at every z)", "= 1"));
}
