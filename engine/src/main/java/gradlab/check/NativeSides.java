package gradlab.check;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.Parser;
import gradlab.math.PreciseNumeric;
import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A side of a numeric step read by the math language's own parser ({@link Parser}) and evaluated
 * without Symja: {@link Numeric} in double precision, and {@link PreciseNumeric} at
 * {@value #DIGITS} digits as the second evaluator, so that the verdict of a numeric step is the
 * same under any load and takes microseconds. The definitions of the text are the environment.
 * A side with ∂ or d/dx, a function the text defines, or anything the parser does not read takes
 * the engine's path instead ({@link #counts()} says how often). Not thread-safe: one per checker
 * thread.
 */
final class NativeSides {
  static final int DIGITS = 40;
  private final SymbolicEngine engine;
  private final AtomicLong nativeSides = new AtomicLong();
  private final AtomicLong engineSides = new AtomicLong();
  private List<Definition> cachedFor;
  private Environment cached = Environment.EMPTY;

  NativeSides(SymbolicEngine engine) {
    this.engine = engine;
  }

  /** The side's tree, or empty when it must take the engine's path. */
  Optional<Expression> tree(String side) {
    if (side.contains("pd(") || side.contains("dd(")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Parser.parse(side));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The value of {@code side} at {@code point} with the text's definitions, by the first or the
   * second evaluator; NaN when it has none here (then the caller takes the engine's path).
   * Defined names take their definitions, as the engine's path inlines them.
   */
  double value(CheckContext ctx, String side, Map<String, Double> point, boolean second) {
    Optional<Expression> t = tree(side);
    if (t.isEmpty()) {
      engineSides.incrementAndGet();
      return Double.NaN;
    }
    Environment env = environment(ctx);
    Map<String, Double> free = new LinkedHashMap<>(point);
    free.keySet().removeIf(ctx::defines);
    double v;
    try {
      v = second ? precise(t.get(), free, env) : Numeric.value(t.get(), free, env);
    } catch (RuntimeException e) {
      v = Double.NaN;
    }
    (Double.isNaN(v) ? engineSides : nativeSides).incrementAndGet();
    return v;
  }

  /** {native, engine}: how many side evaluations each path made. */
  long[] counts() {
    return new long[] {nativeSides.get(), engineSides.get()};
  }

  private static double precise(Expression e, Map<String, Double> point, Environment env) {
    Map<String, BigDecimal> exact = new LinkedHashMap<>();
    point.forEach((k, v) -> exact.put(k, new BigDecimal(v)));
    return PreciseNumeric.value(e, exact, env, DIGITS).doubleValue();
  }

  /** The definitions that translate to the math language; the others stay out (no value). */
  private Environment environment(CheckContext ctx) {
    if (ctx.definitions() != cachedFor) {
      Environment env = Environment.EMPTY;
      for (Definition d : ctx.definitions()) {
        Optional<Expression> rhs = engine.tree(d.rhs());
        if (rhs.isPresent()) {
          try {
            env = env.with(d.name(), rhs.get());
          } catch (RuntimeException e) {
            // a definition the environment refuses (a cycle) is left out
          }
        }
      }
      cached = env;
      cachedFor = ctx.definitions();
    }
    return cached;
  }
}
