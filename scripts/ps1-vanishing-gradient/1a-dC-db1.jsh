// Problem set 1 (seed 000), exercise 1(a): ∂C/∂b₁ for the one-unit-per-layer sigmoid network
//   z₁ = w₁x + b₁,  zᵢ = wᵢ σ(zᵢ₋₁) + bᵢ (i = 2, 3),  f = w₄ σ(z₃),  C = ½(f − a)².
long seed = 20231019L;
System.out.println("seed = " + seed);

var net = define(
    "z1 = w1*x + b1",
    "z2 = w2*sigma(z1) + b2",
    "z3 = w3*sigma(z2) + b3",
    "f = w4*sigma(z3)",
    "C = (f - a)^2/2");
System.out.println("Network:");
for (var d : net.items()) System.out.println("  " + d);

var rule = chain(net);
var dCdb1 = rule.derivative("C", "b1");
System.out.println();
System.out.println("(a) By the chain rule, through the named intermediates:");
System.out.println("  " + dCdb1);

System.out.println();
System.out.println("Backpropagation recursion (δₗ = ∂C/∂zₗ):");
for (var step : rule.backprop("C")) System.out.println("  " + step);

System.out.println();
System.out.println("Gradient over all parameters:");
for (var g : rule.gradient("C", List.of("w1", "b1", "w2", "b2", "w3", "b3", "w4")).values())
  System.out.println("  " + g);

// Cross-check at a seeded random point: chain-rule value vs central finite difference of C.
var random = new Random(seed);
var point = new LinkedHashMap<String, Double>();
for (String p : List.of("x", "a", "w1", "b1", "w2", "b2", "w3", "b3", "w4"))
  point.put(p, Math.round((random.nextDouble() * 4 - 2) * 1000) / 1000.0);
var values = net.evaluate(engine(), point);
double symbolic = num(dCdb1.value(), values);
Expr cost = net.inline(engine(), expr("C"));
double h = 1e-5;
var up = new LinkedHashMap<>(point); up.put("b1", point.get("b1") + h);
var down = new LinkedHashMap<>(point); down.put("b1", point.get("b1") - h);
double central = (num(cost, up) - num(cost, down)) / (2 * h);
System.out.println();
System.out.println("Check at the random point " + point + ":");
System.out.printf(Locale.ROOT, "  chain rule ∂C/∂b₁ = %.8f, central difference = %.8f, relative error %.1e%n",
    symbolic, central, Math.abs(symbolic - central) / Math.abs(central));

// The comment on g′ < 1: each layer contributes a factor wᵢσ′(zᵢ₋₁), and σ′ ≤ 1/4.
var maxPrime = maximize("D(sigma(z), z)", "z");
System.out.println();
System.out.println("Comment: max σ′ = " + maxPrime.value() + " (at z = " + maxPrime.point() + "), so");
System.out.println("  |∂C/∂b₁| ≤ |f − a|·|w₂w₃w₄|·(1/4)³: each layer multiplies the gradient by |wᵢσ′| ≤ |wᵢ|/4.");
System.out.println("  With |wᵢ| ≤ 1 the gradient of the first bias shrinks at least 4-fold per layer:");
for (int depth = 1; depth <= 10; depth += 3)
  System.out.printf(Locale.ROOT, "    depth %2d: factor ≤ 4^-%d = %.3e%n", depth, depth, Math.pow(0.25, depth));
System.out.println("  That is the vanishing gradient: early layers learn exponentially slower than late ones.");

// The three-way audit of every gradient: symbolic (compiled), autodiff, finite differences.
System.out.println();
System.out.print(audit(net, "C", 10, seed, "w1", "b1", "w2", "b2", "w3", "b3", "w4").table());
