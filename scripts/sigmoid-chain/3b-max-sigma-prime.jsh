// Seed 001, exercise 3, second part: the maximum of σ′ and what it means for vanishing gradients.
import gradlab.verdict.*;
var max = maximize("D(sigma(z), z)", "z");
System.out.println("max σ′(z) = " + max.value() + " at z = " + max.point() + "   [" + max.method() + "]");
System.out.println("σ″(z) = " + eval("named(D(sigma(z), {z, 2}))") + " vanishes where σ(z) = 1/2, i.e. z = 0.");

System.out.println();
System.out.println("Worked solution: \"max(σ′(z)) = 0.25 when z = 0.5\".");
double maxValue = num(max.value()), argmax = num(max.point());
double atHalf = num("D(sigma(z), z)", "z", 0.5);
System.out.printf(Locale.ROOT, "  The value 0.25 is %s; the point 0.5 is %s: σ′(0.5) = %.6f %s max σ′ = %s, attained at z = %s.%n",
    Written.agrees(maxValue, "0.25") ? "right" : "wrong", Written.agrees(argmax, "0.5") ? "right" : "wrong", atHalf,
    Difference.of(atHalf - maxValue, 1e-12).word(">", "<", "="), max.value(), max.point());

System.out.println();
System.out.println("Vanishing gradients: |∂y/∂x| = ∏|wᵢ|·∏σ′(zᵢ) ≤ ∏|wᵢ|·(1/4)^L for L layers.");
System.out.println("With |wᵢ| ≤ 1 the gradient bound shrinks geometrically with depth:");
for (int depth = 1; depth <= 4; depth++)
  System.out.printf(Locale.ROOT, "  depth %d: (1/4)^%d = %s%n", depth, depth, eval("(1/4)^" + depth));
System.out.println("The worked solution's \"0.25^2 when 2-depth\" " + (Written.agrees(num("(1/4)^2"), String.valueOf(0.25 * 0.25))
    ? "agrees" : "does not agree") + ": (1/4)² = " + eval("(1/4)^2") + " is the bound for two layers.");
