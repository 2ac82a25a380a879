var s = lab.eval("diff(x^3, x)");
print(s + " " + lab.prove("tanh(x)", "2*sigma(2*x) - 1").substring(0, 8));
