// Seed 001, exercise 3, first part: the network aᵢ = σ(wᵢ aᵢ₋₁), i = 1…4, a₀ = x, y = a₄.
// Compute ∂y/∂x by the chain rule, and check each factor the worked solution writes down.
var net = define(
    "z1 = w1*x", "a1 = sigma(z1)",
    "z2 = w2*a1", "a2 = sigma(z2)",
    "z3 = w3*a2", "a3 = sigma(z3)",
    "z4 = w4*a3", "a4 = sigma(z4)");
for (var d : net.items()) System.out.println("  " + d);
var dydx = chain(net).derivative("a4", "x");
System.out.println("∂y/∂x = " + dydx);

var claimed = expr("w1*w2*w3*w4*Derivative(1)[sigma][z1]*Derivative(1)[sigma][z2]*Derivative(1)[sigma][z3]*Derivative(1)[sigma][z4]");
System.out.println("Worked solution: ∂y/∂x = ∏wᵢ·∏σ′(zᵢ) = " + claimed);
System.out.println("  same as the chain rule: " + prove(dydx.value(), claimed).summary());

System.out.println();
System.out.println("The worked solution's individual factors, each computed from the definitions:");
String[][] factors = {
    {"z1", "x", "w1"}, {"z3", "a2", "w3"}, {"z1", "a1", "sigma(z1)*(1-sigma(z1))"},
    {"z3", "a3", "sigma(z3)*(1-sigma(z3))"}, {"z2", "a1", "w2"}, {"z4", "a3", "w4"},
    {"z2", "a2", "sigma(z2)*(1-sigma(z2))"}, {"z4", "a4", "sigma(z4)*(1-sigma(z4))"}};
for (String[] f : factors) {
  String top = f[0], bottom = f[1];
  Expr actual = diff(net.rhs(top).get(), bottom);
  Expr stated = expr(f[2]);
  boolean right = prove(actual, stated).summary().startsWith("✓");
  String label = "∂" + expr(top) + "/∂" + expr(bottom);
  if (right) {
    System.out.println("  " + label + " = " + stated + "  ✓");
  } else {
    Expr swapped = named(diff(net.rhs(bottom).get(), top));
    System.out.println("  " + label + " = " + stated + "  ✗ as written: " + expr(top) + " = "
        + net.rhs(top).get() + " does not depend on " + expr(bottom) + ", so " + label + " = " + actual
        + ". The intended factor is ∂" + expr(bottom) + "/∂" + expr(top) + " = " + swapped + ".");
  }
}

// The three-way audit of ∂y/∂x and the weight gradients: symbolic (compiled), autodiff, differences.
System.out.println();
System.out.print(audit(net, "a4", 10, 1L, "x", "w1", "w2", "w3", "w4").table());
