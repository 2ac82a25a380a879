// Seed 001, exercise 3, second part: the maximum of σ′ and what it means for vanishing gradients.
var max = maximize("D(sigma(z), z)", "z");
System.out.println("max σ′(z) = " + max.value() + " at z = " + max.point() + "   [" + max.method() + "]");
System.out.println("σ″(z) = " + eval("named(D(sigma(z), {z, 2}))") + " vanishes where σ(z) = 1/2, i.e. z = 0.");

System.out.println();
System.out.println("Worked solution: \"max(σ′(z)) = 0.25 when z = 0.5\".");
System.out.printf(Locale.ROOT, "  The value 0.25 is right, the point is wrong: σ′(0.5) = %.6f < 0.25; the maximum is at z = %s.%n",
    num("D(sigma(z), z)", "z", 0.5), max.point());

System.out.println();
System.out.println("Vanishing gradients: |∂y/∂x| = ∏|wᵢ|·∏σ′(zᵢ) ≤ ∏|wᵢ|·(1/4)^L for L layers.");
System.out.println("With |wᵢ| ≤ 1 the gradient bound shrinks geometrically with depth:");
for (int depth = 1; depth <= 4; depth++)
  System.out.printf(Locale.ROOT, "  depth %d: (1/4)^%d = %s%n", depth, depth, eval("(1/4)^" + depth));
System.out.println("The worked solution's \"0.25^2 when 2-depth\" agrees: (1/4)² = 1/16 is the bound for two layers.");
