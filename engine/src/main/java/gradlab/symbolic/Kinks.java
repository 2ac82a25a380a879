package gradlab.symbolic;

import gradlab.math.Call;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Numeric;
import gradlab.math.Power;
import gradlab.math.Printer;
import gradlab.math.Product;
import gradlab.math.Sum;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a Taylor series cannot exist: a function of the catalogue that is not smooth (|u|,
 * relu, max, sign, …) whose kink lies at the expansion point. {@code series(relu(x), x, 0, 2)}
 * printed x + x²·∂₂∂₂max(0, 0)/2, wrong for x &lt; 0; it is refused instead.
 */
final class Kinks {
  private static final Set<MathFunction> NOT_SMOOTH = EnumSet.of(MathFunction.ABS,
      MathFunction.RELU, MathFunction.LEAKY_RELU, MathFunction.ELU, MathFunction.MAX,
      MathFunction.MIN, MathFunction.SIGN, MathFunction.HEAVISIDE, MathFunction.DIRAC_DELTA);

  private Kinks() {}

  /** The first call whose kink is at x = x0 (or cannot be placed), as text, else empty. */
  static Optional<String> at(Expression e, String x, double x0) {
    return switch (e) {
      case Call c -> {
        if (NOT_SMOOTH.contains(c.function())) {
          Expression u = c.function() == MathFunction.MAX || c.function() == MathFunction.MIN
              ? gradlab.math.Algebra.subtract(c.args().get(0), c.args().get(1)) : c.args().get(0);
          double v;
          try {
            v = Numeric.value(u, Map.of(x, x0), Environment.EMPTY);
          } catch (RuntimeException ex) {
            v = Double.NaN; // other free symbols: where the kink is cannot be told
          }
          if (!(Math.abs(v) > 1e-12)) {
            yield Optional.of(Printer.unicode(c));
          }
        }
        yield c.args().stream().map(a -> at(a, x, x0)).flatMap(Optional::stream).findFirst();
      }
      case Sum s -> s.terms().stream().map(a -> at(a, x, x0)).flatMap(Optional::stream)
          .findFirst();
      case Product p -> p.factors().stream().map(a -> at(a, x, x0)).flatMap(Optional::stream)
          .findFirst();
      case Power p -> at(p.base(), x, x0).or(() -> at(p.exponent(), x, x0));
      default -> Optional.empty();
    };
  }

  /**
   * e with every function that is not smooth replaced by its branch near x = x0 (relu(u) is u
   * where u(x0) > 0, 0 where u(x0) < 0, and so on), exact in a neighbourhood of x0; call
   * {@link #at} first, so that no argument vanishes there.
   */
  static Expression localForm(Expression e, String x, double x0) {
    return switch (e) {
      case Call c -> {
        java.util.List<Expression> args = c.args().stream().map(a -> localForm(a, x, x0))
            .toList();
        if (!NOT_SMOOTH.contains(c.function())) {
          yield gradlab.math.Algebra.call(c.function(), c.order(), args);
        }
        Expression u = args.get(0);
        boolean two = c.function() == MathFunction.MAX || c.function() == MathFunction.MIN;
        double s = Numeric.value(two ? gradlab.math.Algebra.subtract(u, args.get(1)) : u,
            Map.of(x, x0), Environment.EMPTY);
        Expression branch = switch (c.function()) {
          case ABS -> s > 0 ? u : gradlab.math.Algebra.negate(u);
          case RELU -> s > 0 ? u : gradlab.math.Num.ZERO;
          case LEAKY_RELU -> s > 0 ? u : gradlab.math.Algebra.product(args.size() > 1
              ? args.get(1) : gradlab.math.Num.of(1, 100), u);
          case ELU -> s > 0 ? u : gradlab.math.Algebra.subtract(gradlab.math.Algebra.call(
              MathFunction.EXP, u), gradlab.math.Num.ONE);
          case MAX -> s > 0 ? u : args.get(1);
          case MIN -> s > 0 ? args.get(1) : u;
          case SIGN -> gradlab.math.Num.of(s > 0 ? 1 : -1);
          case HEAVISIDE -> s > 0 ? gradlab.math.Num.ONE : gradlab.math.Num.ZERO;
          default -> gradlab.math.Num.ZERO; // δ away from 0
        };
        yield c.order() == 0 ? branch : e; // a derivative (relu′) is left as it is
      }
      case Sum s -> gradlab.math.Algebra.sum(s.terms().stream().map(a -> localForm(a, x, x0))
          .toList());
      case Product p -> gradlab.math.Algebra.product(p.factors().stream().map(a -> localForm(a,
          x, x0)).toList());
      case Power p -> gradlab.math.Algebra.power(localForm(p.base(), x, x0), localForm(
          p.exponent(), x, x0));
      default -> e;
    };
  }
}
