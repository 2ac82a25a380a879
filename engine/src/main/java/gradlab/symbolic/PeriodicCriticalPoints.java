package gradlab.symbolic;

import gradlab.math.MathFunction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Whether a function maximised over the reals holds a periodic function of the variable: its
 * critical points then repeat, and the library's roots of the derivative are one period's
 * (argmax(sin(x), x) was π/2 alone, though sin is 1 at every π/2 + 2kπ). Which catalogue
 * functions are periodic is {@link MathFunction#isPeriodic}'s to say; the library's own heads
 * for 1/cos, 1/sin and 1/tan, which the catalogue has no entry for, are added here.
 */
final class PeriodicCriticalPoints {
  private PeriodicCriticalPoints() {}

  /** The library's head name of each periodic function, with the name a note shows. */
  private static final Map<String, String> PERIODIC = periodicHeads();

  private static Map<String, String> periodicHeads() {
    Map<String, String> heads = new HashMap<>(Map.of("Sec", "sec", "Csc", "csc", "Cot", "cot"));
    Arrays.stream(MathFunction.values()).filter(MathFunction::isPeriodic)
        .forEach(f -> heads.put(TreeBridge.symjaName(f), f.displayName()));
    return Map.copyOf(heads);
  }

  /** The name of a periodic function applied to an argument that holds {@code x}, if any. */
  static Optional<String> in(IExpr f, IExpr x) {
    if (f.isFree(x, true)) {
      return Optional.empty();
    }
    if (f.isAST()) {
      String name = PERIODIC.get(f.head().toString());
      if (name != null && f.argSize() == 1 && !f.first().isFree(x, true)) {
        return Optional.of(name);
      }
      for (int i = 1; i <= f.argSize(); i++) {
        Optional<String> inner = in(f.getAt(i), x);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /** The note for a maximiser over the reals of a function holding {@code name}. */
  static String note(String name, String var, IExpr at) {
    return name + " is periodic: the same value may also be attained at points other than "
        + UnicodeForm.symbol(var) + " = " + UnicodeForm.format(at);
  }
}
