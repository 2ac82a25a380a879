// A gradable exercise: three students' answers for ∂C/∂b₁ of z = w·x + b, C = ½(σ(z) − t)²,
// graded against the reference with the derivation checker, and saved as JSON for a teacher.
var reference = "(sigma(w*x + b) - t)*sigma(w*x + b)*(1 - sigma(w*x + b))";
expect("student A: ∂C/∂b", "(sigma(w*x+b) - t)*D(sigma(u), u) /. u -> w*x + b", reference);
expect("student B: ∂C/∂b", "(sigma(w*x+b) - t)*sigma(-(w*x+b))*sigma(w*x+b)", reference);
expect("student C: ∂C/∂b", "(sigma(w*x+b) - t)*sigma(w*x+b)", reference);
System.out.println("grades: " + writeGrades("grades.json"));
