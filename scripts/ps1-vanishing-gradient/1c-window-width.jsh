// Problem set 1 (seed 000), exercise 1(c): for |w| = W ≥ 4, the pre-activations z with
// |w σ′(wz + b)| ≥ 1 form an interval; derive its width and compare with the stated bound
//   (2/|w|)·ln(|w|(1 + √(1 − 4/|w|))/2 − 1).
var result = window().width();
System.out.println("With s = σ(wz + b) ∈ (0, 1), σ′ = s(1 − s), the condition is W·s(1 − s) ≥ 1.");
System.out.println("It holds between the roots of W·s(1 − s) = 1:");
System.out.println("  s₋ = " + result.sMinus());
System.out.println("  s₊ = " + result.sPlus());
System.out.println("so s ∈ [s₋, s₊] (the parabola opens downward), a single interval; σ is increasing, so");
System.out.println("wz + b ∈ [logit s₋, logit s₊] and z ranges over an interval of width (logit s₊ − logit s₋)/W.");
System.out.println();
System.out.println("Lemma 1 − s₊ = s₋: " + result.complement().summary());
System.out.println("Hence logit s₊ = ln(s₊/s₋) and logit s₋ = ln(s₋/s₊) = −logit s₊, and the width is");
System.out.println("  width = " + result.width());
System.out.println("The exercise's bound:");
System.out.println("  bound = " + result.seedFormula());
System.out.println("width = bound for W ∈ (4, 40): " + result.agreement().summary());

System.out.println();
System.out.println("Numerical check for w = −8, b = 0.3: the endpoints in z and |w σ′(wz + b)| there");
double w = -8, b = 0.3, W = Math.abs(w);
double sm = num(result.sMinus(), "W", W), sp = num(result.sPlus(), "W", W);
double u1 = Math.log(sm / (1 - sm)), u2 = Math.log(sp / (1 - sp));
double z1 = Math.min((u1 - b) / w, (u2 - b) / w), z2 = Math.max((u1 - b) / w, (u2 - b) / w);
String factor = "Abs(w*D(sigma(u),u)) /. u -> w*z + b";
System.out.printf(Locale.ROOT, "  z ∈ [%.6f, %.6f], width %.6f, bound %.6f%n", z1, z2, z2 - z1,
    num(result.seedFormula(), "W", W));
System.out.printf(Locale.ROOT, "  |w σ′| at the endpoints: %.9f, %.9f; at the midpoint: %.6f%n",
    num(factor, "w", w, "b", b, "z", z1), num(factor, "w", w, "b", b, "z", z2),
    num(factor, "w", w, "b", b, "z", (z1 + z2) / 2));
