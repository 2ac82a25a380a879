package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.Map;

/**
 * Numeric steps decided to the digits written: each side's decimals stand for every number
 * that rounds to them ({@link RoundingRange}), and a step holds when the two ranges meet. A
 * refutation is confirmed by the second evaluator.
 */
final class RoundedSteps {
  /** The reason of a ≈ step that holds only with its left side's decimals widened. */
  static final String ROUNDED_ONLY = "holds only if the left side's decimals are themselves "
      + "rounded values";
  /** The same for a right side that is a formula of decimals, (0.9/4)^{10} = 0.2^{10}. */
  static final String ROUNDED_ONLY_RIGHT = "holds only if the right side's decimals are "
      + "themselves rounded values";
  private final SymbolicEngine engine;
  private final SecondEvaluator second;
  private final NativeSides natives;
  private final SideResolver sides;

  RoundedSteps(SymbolicEngine engine, SecondEvaluator second, NativeSides natives,
      SideResolver sides) {
    this.engine = engine;
    this.second = second;
    this.natives = natives;
    this.sides = sides;
  }

  /**
   * Each side against the values its written digits allow, evaluated by {@link NativeSides}
   * where it reads the side (the same verdict under any load), else by the engine.
   */
  StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Map<String, Double> point) {
    StepVerdict first = roundedWith(ctx, lhs, rel, rhs, localPartials, point, false);
    if (!(first instanceof StepVerdict.Refuted)) {
      return first;
    }
    StepVerdict again = roundedWith(ctx, lhs, rel, rhs, localPartials, point, true);
    return again instanceof StepVerdict.Refuted ? first : new StepVerdict.NotChecked(
        "the first evaluation found the sides apart, the second evaluator did not: "
            + first.evidence());
  }

  private StepVerdict roundedWith(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Map<String, Double> point, boolean useSecond) {
    java.util.function.ToDoubleFunction<String> value = side -> {
      double own = natives.value(ctx, side, point, useSecond);
      if (!Double.isNaN(own)) {
        return own;
      }
      try {
        Expr e = sides.resolve(ctx, side, localPartials);
        return useSecond ? second.value(e, point) : engine.numeric(e, point);
      } catch (RuntimeException ex) {
        return Double.NaN;
      }
    };
    // values the text states (η = 0.1) are exact; only a computed result keeps its rounding
    java.util.Set<java.math.BigDecimal> stated = new java.util.HashSet<>();
    ctx.point().values().forEach(v -> {
      double d = engine.numeric(v, Map.of());
      if (Double.isFinite(d)) {
        stated.add(java.math.BigDecimal.valueOf(d));
      }
    });
    double[] lr = rel == Relation.APPROX ? RoundingRange.of(RoundingRange.exactShort(
        RoundingRange.exactStated(lhs, stated)), value) : RoundingRange.of(
        RoundingRange.exact(lhs), value);
    double[] integer = rel == Relation.APPROX ? RoundingRange.approxInteger(rhs) : null;
    // a decimal written on both sides is one stated input: tanh(0.5) = 0.5 − 0.5³/3 reads both
    // 0.5 exactly (widened on the right only, a truncated series was ✓ in a ±13 % window)
    java.util.Set<java.math.BigDecimal> inputs = new java.util.HashSet<>(stated);
    java.util.regex.Matcher onLeft = java.util.regex.Pattern.compile("(?<![\\d.])\\d+\\.\\d+")
        .matcher(lhs);
    while (onLeft.find()) {
      inputs.add(new java.math.BigDecimal(onLeft.group()));
    }
    inputs.addAll(BracketValues.of(lhs, value)); // (1 - beta1) is exactly the 0.1 on the right
    double[] rr = integer != null ? integer : RoundingRange.of(rhs, value, inputs);
    if (Double.isNaN(lr[0]) || Double.isNaN(rr[0])) {
      return new StepVerdict.NotChecked("a side is not a number here; a numeric step needs "
          + "values for its variables");
    }
    if (integer != null && integer[0] == -0.5 && Double.isFinite(lr[0])) {
      // σ′(0) ≈ 0 was proved, 0.25 lying in [−0.5, 0.5]: "≈ 0" says "negligible", not "rounds
      // to the integer 0", and how small is meant is not written
      double far = Math.max(Math.abs(lr[0]), Math.abs(lr[1]));
      double near = lr[0] <= 0 && lr[1] >= 0 ? 0 : Math.min(Math.abs(lr[0]), Math.abs(lr[1]));
      if (far < 0.005) {
        return new StepVerdict.Proved("numerically: left " + Digits.format(lr[0],
            Digits.toTell(lr[0], lr[1], 0, 0)) + ", which is 0 to two decimals");
      }
      if (near < 0.5) {
        return new StepVerdict.NotChecked("≈ 0 does not say how small is meant, and the left "
            + "side is " + Digits.format(lr[0], 3) + " (it would be 0 to two decimals below "
            + "0.005)");
      }
    }
    Double round = rel == Relation.APPROX ? ApproxRoundNumbers.target(rhs) : null;
    if (round != null && Double.isFinite(lr[0])) { // σ(1) ≈ 1, 1/4¹⁰ ≈ 10⁻⁶
      double asWritten = value.applyAsDouble(RoundingRange.exact(lhs)); // 0.25¹⁰ is 9.5·10⁻⁷
      StepVerdict v = Double.isFinite(asWritten)
          ? ApproxRoundNumbers.judge(asWritten, asWritten, round, rhs)
          : ApproxRoundNumbers.judge(lr[0], lr[1], round, rhs);
      if (v != null) {
        return v;
      }
    }
    // values printed to nine or more digits are often cut, not rounded: 1e-9 relative slack
    double slack = 1e-9 * Math.max(Math.abs(lr[1]), Math.abs(rr[1])) + 1e-15;
    boolean holds = switch (rel) {
      case EQUAL, APPROX -> lr[0] <= rr[1] + slack && rr[0] <= lr[1] + slack;
      case LESS, LESS_EQUAL -> lr[0] <= rr[1] + slack;
      case GREATER, GREATER_EQUAL -> lr[1] >= rr[0] - slack;
    };
    int digits = Digits.toTell(lr[0], lr[1], rr[0], rr[1]);
    String right = interval(rr, digits);
    String left = lr[0] == lr[1] ? Digits.format(lr[0], digits) : interval(lr, digits);
    if (holds && rel == Relation.APPROX && lr[0] != lr[1]) {
      // e^{2.5} ≈ 11.6 held only with 2.5 widened to [2.45, 2.55] (e^{2.5} is 12.18): a
      // literal on the left is a rounded intermediate or an exact input, and the text does not
      // say which; with the digits as written it fails, so it is neither ✓ nor ✗
      StepVerdict v = widenedOnly(ROUNDED_ONLY + ": as written the left is ",
          value.applyAsDouble(RoundingRange.exact(lhs)), rr, slack,
          ", and the right side to the digits written is " + right);
      if (v != null) {
        return v;
      }
    }
    if (holds && rr[0] != rr[1] && !rhs.strip().matches("-?\\d+(\\.\\d+)?")
        && !RoundingRange.isPercent(rhs)) {
      // 0.2^{10}, 0.04/0.1, σ(0.7) on the right: its decimals widened inside a power, a quotient
      // or a function made (0.9/4)^{10} = 0.2^{10} ✓ (3.3 times off; found by a new user)
      double asWritten = value.applyAsDouble(RoundingRange.exact(rhs));
      double near = Math.min(RoundedCoefficients.relativeHalfUnits(rhs), 0.01)
          * Math.abs(asWritten); // (0.750 − 1)·0.750·0.250·2 for −0.0936: a student's rounding
      StepVerdict v = widenedOnly(ROUNDED_ONLY_RIGHT + ": as written the right is ", asWritten,
          lr, slack + near, ", and the left side is " + left);
      if (v != null) {
        return v;
      }
    }
    if (holds) {
      return new StepVerdict.Proved("numerically: left " + (lr[0] == lr[1] ? "= " : "")
          + left + ", right " + right + " to the digits written");
    }
    double[] cut = cutRange(rhs);
    if (cut != null && rel == Relation.EQUAL && lr[0] < cut[1] - 1e-12 * Math.max(1,
        Math.abs(cut[1])) && cut[0] <= lr[1]) { // [0.9, 1.0): 1.0 cut to a digit is 1.0
      // CS231n writes e = 2.71: cut to its digits, not rounded (2.72); either is a reading of
      // the digits after =, so a value only cutting explains is not refuted (after ≈ the
      // writer approximates, and 0.756 ≈ 0.7 stays wrong)
      return new StepVerdict.NotChecked("holds if " + rhs.strip() + " is the value cut to its "
          + "digits rather than rounded (left " + Digits.format(lr[0], Digits.toTell(lr[0],
          lr[1], rr[0], rr[1])) + ")");
    }
    if (rel == Relation.EQUAL) {
      StepVerdict v = RoundedLeftSides.notRefuted(lhs, stated, value, rr, slack, right);
      if (v != null) {
        return v;
      }
    }
    // the values as written (0.27·1.5 is 0.405), not the middle of a rounding interval
    double lw = value.applyAsDouble(RoundingRange.exact(lhs));
    double rw = value.applyAsDouble(RoundingRange.exact(rhs));
    return new StepVerdict.Refuted(point, Double.isFinite(lw) ? lw : (lr[0] + lr[1]) / 2,
        Double.isFinite(rw) ? rw : (rr[0] + rr[1]) / 2,
        (rel == Relation.APPROX && lr[0] != lr[1] ? "left to the digits written is " + left
            + ", " : "") + "right side to the digits written is " + right);
  }

  /**
   * The numbers a side that is one decimal (2.71, −0.33) stands for when it was cut to its
   * digits rather than rounded: [2.71, 2.72), (−0.34, −0.33]; null for any other side.
   */
  static double[] cutRange(String side) {
    String s = side.strip();
    if (!s.matches("-?\\d+\\.\\d+")) {
      return null;
    }
    java.math.BigDecimal d = new java.math.BigDecimal(s);
    java.math.BigDecimal unit = java.math.BigDecimal.ONE.movePointLeft(d.scale());
    return d.signum() >= 0 ? new double[] {d.doubleValue(), d.add(unit).doubleValue()}
        : new double[] {d.subtract(unit).doubleValue(), d.doubleValue()};
  }

  private static String interval(double[] r, int digits) {
    return "[" + Digits.format(r[0], digits) + ", " + Digits.format(r[1], digits) + "]";
  }

  /**
   * A side that met the other only with its own decimals widened: as written ({@code asWritten})
   * it lies outside the other side's range by more than {@code slack}, so the step is not
   * checked; null when as written it fits (or cannot be evaluated).
   */
  private static StepVerdict widenedOnly(String reason, double asWritten, double[] other,
      double slack, String otherSide) {
    if (!Double.isFinite(asWritten)
        || (other[0] - slack <= asWritten && asWritten <= other[1] + slack)) {
      return null;
    }
    return new StepVerdict.NotChecked(reason + Digits.format(asWritten,
        Digits.toTell(asWritten, asWritten, other[0], other[1])) + otherSide);
  }
}
