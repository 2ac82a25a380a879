package gradlab.polyglot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each {@code lab} method is called, for the message of a call that matched none of its
 * forms (GraalPy said "invalid instantiation of foreign object", user26) and for Python's
 * {@code help(lab.diff)}.
 */
final class GuestUsage {
  static final Map<String, String> CALLS = calls();

  private GuestUsage() {}

  private static Map<String, String> calls() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("eval", "lab.eval('diff(sigma(x), x)')");
    m.put("diff", "lab.diff('x^2') (one free name) or lab.diff('w*x^2', 'x')");
    m.put("tex", "lab.tex('sigma(x)')");
    m.put("num", "lab.num('sigma(1/3)') or lab.num('sigma(x)', {'x': 1.5})");
    m.put("prove", "lab.prove('tanh(x)', '2*sigma(2*x) - 1')");
    m.put("random", "lab.random(seed).randint(1, 200)");
    m.put("linspace", "lab.linspace(0.0, 1.0, 10)");
    m.put("array", "lab.array([1, 2, 3]) or lab.array([[1, 2], [3, 4]])");
    m.put("sort", "lab.sort([3, 1, 2])");
    m.put("tensor", "lab.tensor([[1, 2], [3, 4]]) or lab.tensor([1, 2, 3, 4, 5, 6], 2, 3)");
    m.put("randn", "lab.randn(seed, std, 2, 3)");
    m.put("plot", "lab.plot('sigma(x)', 'x', -6, 6), lab.plot(xs, ys) or "
        + "lab.plot('title', ys, 'file.png'); each writes a PNG under out/ and returns its path");
    return m;
  }

  /** The usage of {@code method}, or the list of methods when there is no such one. */
  static String of(String method) {
    String u = CALLS.get(method);
    return u != null ? u : "lab has " + String.join(", ", CALLS.keySet());
  }
}
