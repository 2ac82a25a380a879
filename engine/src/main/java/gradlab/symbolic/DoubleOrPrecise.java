package gradlab.symbolic;

import gradlab.math.EarnedDigits;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.NodeCount;
import gradlab.math.Num;
import gradlab.math.Numeric;
import gradlab.math.PreciseNumeric;
import gradlab.math.Real;
import gradlab.math.SigmoidComplements;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The value {@code N(f)} shows: the double evaluation, unless it lost the number (0, ±∞, NaN or
 * a domain error from an intermediate that underflowed: σ′(40) is 4.25·10⁻¹⁸, not 0;
 * log σ(−800) is −800, not log 0) or, for a small expression, disagrees with a 30-digit
 * evaluation (1 − σ(30) in double keeps 3 of its digits). Then the value is computed as
 * {@code N(f, 12)} computes it. {@code N(f, d)} shows only the digits that evaluations at two
 * precisions agree on ({@link EarnedDigits}), and says when they are fewer than d.
 */
final class DoubleOrPrecise {
  private static final MathContext SHOWN = new MathContext(12);
  /** Above this many distinct nodes the 30-digit cross-check of a double is skipped. */
  private static final int CROSS_CHECKED_NODES = 400;

  private DoubleOrPrecise() {}

  static Real value(Expression f, Environment env) {
    double d;
    RuntimeException failure = null;
    try {
      d = Numeric.value(f, Map.of(), env);
    } catch (ArithmeticException | IllegalArgumentException e) {
      d = Double.NaN;
      failure = e;
    }
    if (d != 0 && Double.isFinite(d) && confirmed(d, f, env)) {
      return new Real(d);
    }
    EarnedDigits.Earned earned;
    try {
      earned = earned(f, env, 12);
    } catch (RuntimeException precise) {
      if (failure != null) {
        throw failure; // undefined at any precision: the double evaluation's error says why
      }
      if (d == 0 || !Double.isFinite(d)) { // exp(−5·10⁹) is not 0, and was shown as 0
        throw new ArithmeticException("N: the value " + (d == 0 ? "underflows" : "overflows")
            + " every double, and " + precise.getMessage() + "; hint: take logs (N(log(f)) "
            + "or log10) to see its size");
      }
      return new Real(d);
    }
    if (earned instanceof EarnedDigits.Below b && b.zero()) {
      return new Real(0.0); // 0 in double and at every precision: relu(−1)
    }
    if (earned instanceof EarnedDigits.Digits got && got.certain() >= 12) {
      BigDecimal shown = got.value().round(SHOWN);
      double back = shown.doubleValue();
      return back != 0 && Double.isFinite(back) ? new Real(back) : Real.of(shown);
    }
    throw new ArithmeticException("N could not get a value it trusts (" + said(earned)
        + "); hint: N(f, 50) shows the digits that are certain");
  }

  /** True if the double agrees with a 30-digit evaluation to 10 digits (or that is too dear). */
  private static boolean confirmed(double d, Expression f, Environment env) {
    if (NodeCount.distinct(env.expand(f)) > CROSS_CHECKED_NODES) {
      return true;
    }
    try {
      BigDecimal precise = PreciseNumeric.value(f, Map.of(), env, 30);
      return new BigDecimal(d).subtract(precise).abs()
          .compareTo(precise.abs().movePointLeft(10)) <= 0;
    } catch (RuntimeException e) {
      return true; // no 30-digit value to compare with: the double stands as before
    }
  }

  /**
   * {@code N(f, digits)}: the digits two precisions agree on; fewer than asked with a note; an
   * exact 0 only when provedZero says so; otherwise an error that says how small it is.
   */
  static Expression digits(Expression f, Environment env, int digits,
      Predicate<Expression> provedZero, Consumer<String> note) {
    EarnedDigits.Earned earned = earned(f, env, digits);
    if (earned instanceof EarnedDigits.Digits got) {
      if (got.certain() < digits) {
        note.accept("N: " + got.certain() + " of the " + digits + " digits asked are certain "
            + "(evaluations at up to " + got.precision() + " digits agree on no more)");
      }
      return Real.of(got.value());
    }
    if (provedZero.test(f)) { // sin(π/3) − √3/2: ever smaller values, and exactly 0
      return Num.of(0);
    }
    throw new ArithmeticException("N could not earn a digit: " + said(earned)
        + "; it may be exactly 0; hint: simplify(f) decides whether it is 0");
  }

  /**
   * The digits of f, computed from f with σ(u) written 1 − σ(−u) ({@link SigmoidComplements})
   * first where that changes it, and from f as written where that earns fewer: 1 − σ(10⁹) is 0
   * at every precision short of 4·10⁸ digits, and trying the written form first took 20 s.
   */
  private static EarnedDigits.Earned earned(Expression f, Environment env, int digits) {
    Expression expanded = env.expand(f);
    Expression complemented = SigmoidComplements.of(expanded);
    EarnedDigits.Digits rewritten = null;
    if (!complemented.equals(expanded)) {
      try {
        if (EarnedDigits.value(complemented, Map.of(), Environment.EMPTY, digits)
            instanceof EarnedDigits.Digits got) {
          if (got.certain() >= digits) {
            return got;
          }
          rewritten = got;
        }
      } catch (RuntimeException e) {
        // the form as written decides
      }
    }
    try {
      EarnedDigits.Earned written = EarnedDigits.value(f, Map.of(), env, digits);
      if (rewritten != null && (!(written instanceof EarnedDigits.Digits had)
          || had.certain() < rewritten.certain())) {
        return rewritten;
      }
      return written;
    } catch (RuntimeException e) {
      if (rewritten != null) {
        return rewritten;
      }
      throw e;
    }
  }

  private static String said(EarnedDigits.Earned earned) {
    return switch (earned) {
      case EarnedDigits.Digits got -> "evaluations at up to " + got.precision()
          + " digits agree on " + got.certain() + " digits only";
      case EarnedDigits.Below b when b.zero() -> "0 at every precision tried, up to "
          + b.precision() + " digits, which cancellation can give for a value that is not 0";
      case EarnedDigits.Below b -> "|value| < 10^" + b.exponent() + " at every precision "
          + "tried (up to " + b.precision() + " digits), with no digit in common";
    };
  }
}
