// Seed 004 (NNDL exercise set 2), question 1: the computational graph of z(a, b) = a²/(a² + b² + 1),
// forward values and backward adjoints node by node at (a, b) = (2, 1), and ∂z/∂a, ∂z/∂b.
var graph = define("x = a^2", "y = b^2", "w = x + y", "v = w + 1", "u = x/v", "z = u");
System.out.println("Graph (as in the worked solution):");
for (var d : graph.items()) System.out.println("  " + d);
System.out.println("Local derivatives:");
String[][] local = {{"x", "a"}, {"y", "b"}, {"w", "x"}, {"w", "y"}, {"v", "w"}, {"u", "x"}, {"u", "v"}};
for (String[] l : local)
  System.out.println("  ∂" + l[0] + "/∂" + l[1] + " = " + diff(graph.rhs(l[0]).get(), l[1]));

// Reverse mode: δn = ∂z/∂n as named definitions, evaluated exactly at a = 2, b = 1.
var reverse = chain(graph).reverseMode("z", List.of("a", "b"));
var exact = new LinkedHashMap<String, Expr>(Map.of("a", expr("2"), "b", expr("1")));
for (var d : reverse.definitions().items()) exact.put(d.name(), engine().substitute(d.rhs(), exact));
var statedValue = Map.of("x", "4", "y", "1", "w", "5", "v", "6", "u", "2/3");
var statedAdjoint = Map.of("u", "1", "v", "-1/9", "w", "-1/9", "y", "-1/9", "x", "1/18");
System.out.println();
System.out.println("node   forward value   adjoint ∂z/∂node   worked solution");
int wrong = 0;
for (String n : List.of("x", "y", "w", "v", "u")) {
  Expr value = exact.get(n);
  Expr adjoint = exact.get("delta" + n);
  boolean ok = value.input().equals(statedValue.get(n)) && adjoint.input().equals(statedAdjoint.get(n));
  if (!ok) wrong++;
  System.out.printf(Locale.ROOT, "  %-4s %14s %18s   %s%n", n, value, adjoint, ok ? "✓ both" : "✗");
}
var dzda = reverse.gradient().get("a");
var dzdb = reverse.gradient().get("b");
Expr dzdaValue = engine().substitute(dzda, exact), dzdbValue = engine().substitute(dzdb, exact);
System.out.println("∂z/∂a = " + dzda + " = " + dzdaValue + "   (worked solution: 2/9 " + (dzdaValue.input().equals("2/9") ? "✓)" : "✗)"));
System.out.println("∂z/∂b = " + dzdb + " = " + dzdbValue + "   (worked solution: −2/9 " + (dzdbValue.input().equals("-2/9") ? "✓)" : "✗)"));

// The analytic formulas of the worked solution against differentiating z(a, b) directly.
var z = expr("a^2/(a^2 + b^2 + 1)");
System.out.println();
System.out.println("∂z/∂a = 2a(b² + 1)/(a² + b² + 1)²: " + prove(diff(z, "a"), "2*a*(b^2+1)/(a^2+b^2+1)^2").summary());
System.out.println("∂z/∂b = −2a²b/(a² + b² + 1)²:     " + prove(diff(z, "b"), "-2*a^2*b/(a^2+b^2+1)^2").summary());

// The same gradient from the tensor backend's reverse-mode autodiff.
var a = gradlab.autodiff.Ad.leaf(gradlab.tensor.Tensor.scalar(2));
var b = gradlab.autodiff.Ad.leaf(gradlab.tensor.Tensor.scalar(1));
var xa = gradlab.autodiff.Ad.square(a);
var out = gradlab.autodiff.Ad.div(xa, gradlab.autodiff.Ad.add(gradlab.autodiff.Ad.add(xa,
    gradlab.autodiff.Ad.square(b)), gradlab.autodiff.Ad.constant(1)));
var g = gradlab.autodiff.Gradients.of(out, List.of(a, b));
System.out.printf(Locale.ROOT, "autodiff on the tensor backend: ∂z/∂a = %.15f, ∂z/∂b = %.15f (2/9 = %.15f)%n",
    g.get(a).item(), g.get(b).item(), 2.0 / 9);
if (!dzdaValue.input().equals("2/9") || !dzdbValue.input().equals("-2/9")) wrong++;
System.out.println(wrong == 0 ? "The worked solution of question 1 is correct in every node."
    : wrong + " of the worked solution's values differ from the engine's.");
