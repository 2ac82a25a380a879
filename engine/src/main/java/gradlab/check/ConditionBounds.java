package gradlab.check;

import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the comparisons of a one-line plain-text condition ({@link ConditionScopes}) do to the
 * sampling: a name bounded by numbers ({@code x < 0}, {@code -1 < x < 1}, {@code |w| < 4}) is
 * sampled inside its bounds for that line, a named point outside them is set aside for it, any
 * other lone name of the condition ranges over the reals ("if a > b": every a and b), and
 * a comparison of other kinds ({@code z > 0} of a defined z, {@code a > b}) is a stated
 * hypothesis for that line ({@link StatedHypotheses}: a ✗ is decided again where it holds).
 * Unlike {@link HypothesisRanges} nothing here outlasts the line.
 */
final class ConditionBounds {
  private static final Pattern NAME = EngineNames.NAME;
  private static final Pattern ABS = Pattern.compile(
      "(?i)abs\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private ConditionBounds() {}

  /** One name's bounds: null where open-ended. */
  private record Bounds(Double lo, boolean loOpen, Double hi, boolean hiOpen) {
    Bounds below(double v, boolean open) {
      return hi == null || v < hi || v == hi && open ? new Bounds(lo, loOpen, v, open) : this;
    }

    Bounds above(double v, boolean open) {
      return lo == null || v > lo || v == lo && open ? new Bounds(v, open, hi, hiOpen) : this;
    }
  }

  /**
   * The domain with each bounded name's interval, the named points outside the bounds put in
   * {@code removed}; null where some name's bounds leave no interval.
   */
  static Domain domain(DocumentRun run, List<ConditionScopes.Pair> pairs,
      Map<String, Expr> removed) {
    Map<String, Bounds> bounds = new LinkedHashMap<>();
    for (ConditionScopes.Pair p : pairs) {
      bound(run, p, bounds);
    }
    Domain d = run.ctx.domain();
    for (Map.Entry<String, Bounds> e : bounds.entrySet()) {
      Bounds b = e.getValue();
      double[] was = d.intervals().get(e.getKey());
      if (was != null) { // a stated range stays in force: the condition narrows it
        b = b.above(was[0], true).below(was[1], true);
      }
      double[] i = Hypotheses.interval(b.lo(), b.hi());
      if (i == null) {
        return null;
      }
      d = d.with(e.getKey(), i[0], i[1]);
      Expr at = run.ctx.point().get(e.getKey());
      if (at != null && outside(run, at, b)) {
        removed.put(e.getKey(), at);
      }
    }
    for (ConditionScopes.Pair p : pairs) {
      for (String side : List.of(p.left(), p.right())) { // "if a > b": every a and b meant
        Matcher abs = ABS.matcher(side.strip());
        String name = abs.matches() ? abs.group(1) : side.strip();
        if (NAME.matcher(name).matches() && !run.ctx.defines(name)
            && !run.functions.contains(name) && !d.intervals().containsKey(name)) {
          d = d.with(name, -3, 3);
        }
      }
      String unequal = p.op().equals("≠") ? boundedName(run, p.left(), p.right()) : null;
      Expr at = unequal == null ? null : run.ctx.point().get(unequal);
      if (at != null && !ConditionScopes.holdsAt(run, List.of(p), Map.of())) {
        removed.put(unequal, at); // x ≠ 0 at the named point x = 0
      }
    }
    return d;
  }

  /** Notes the comparisons that bound no name by numbers as hypotheses of this line. */
  static void noteInPlace(DocumentRun run, int line, List<ConditionScopes.Pair> pairs) {
    for (ConditionScopes.Pair p : pairs) {
      Relation rel = switch (p.op()) {
        case "<" -> Relation.LESS;
        case ">" -> Relation.GREATER;
        case "≤" -> Relation.LESS_EQUAL;
        case "≥" -> Relation.GREATER_EQUAL;
        default -> null; // ≠: decided at the refutation's point alone
      };
      if (rel != null && (!bounds(run, p) || absBelow(p))) {
        run.implied.hypotheses.noteInPlace(run, line, new ChainSplitter.Chain(
            List.of(p.typedLeft(), p.typedRight()), List.of(rel)), p.typedLeft() + " "
            + p.op() + " " + p.typedRight());
      }
    }
  }

  /** Whether {@code p} bounds a name by a number (in the domain, or |w| > c: two pieces). */
  private static boolean bounds(DocumentRun run, ConditionScopes.Pair p) {
    return boundedName(run, p.left(), p.right()) != null
        || boundedName(run, p.right(), p.left()) != null;
  }

  /** Whether {@code p} is |w| &gt; c (or c &lt; |w|): not one interval, so a hypothesis. */
  private static boolean absBelow(ConditionScopes.Pair p) {
    boolean left = ABS.matcher(p.left().strip()).matches();
    boolean right = ABS.matcher(p.right().strip()).matches();
    boolean less = p.op().equals("<") || p.op().equals("≤");
    return left && !less || right && less;
  }

  private static void bound(DocumentRun run, ConditionScopes.Pair p, Map<String, Bounds> out) {
    String op = p.op();
    if (op.equals("≠")) {
      return;
    }
    String name = boundedName(run, p.left(), p.right());
    boolean flipped = false;
    if (name == null) {
      name = boundedName(run, p.right(), p.left());
      flipped = true;
    }
    if (name == null) {
      return;
    }
    double v = number(run, flipped ? p.left() : p.right());
    boolean less = op.equals("<") || op.equals("≤");
    boolean open = op.equals("<") || op.equals(">");
    boolean upper = less != flipped; // name < v, or v > name
    Matcher abs = ABS.matcher((flipped ? p.right() : p.left()).strip());
    Bounds b = out.getOrDefault(name, new Bounds(null, true, null, true));
    if (abs.matches()) {
      if (!upper || v <= 0) {
        return; // |w| > 1 is two intervals: left to the refutation's point
      }
      b = b.above(-v, open).below(v, open);
    } else {
      b = upper ? b.below(v, open) : b.above(v, open);
    }
    out.put(name, b);
  }

  /**
   * The name {@code side} bounds (a lone name the text does not define, or its absolute value)
   * where {@code other} is a number; null otherwise.
   */
  static String boundedName(DocumentRun run, String side, String other) {
    try {
      if (!run.engine.freeSymbols(run.engine.eval(other)).isEmpty()) {
        return null;
      }
      String e = side.strip();
      Matcher abs = ABS.matcher(e);
      String name = abs.matches() ? abs.group(1) : NAME.matcher(e).matches() ? e : null;
      return name == null || run.ctx.defines(name) || run.functions.contains(name) ? null : name;
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private static double number(DocumentRun run, String side) {
    return run.engine.numeric(run.engine.eval(side), Map.of());
  }

  private static boolean outside(DocumentRun run, Expr at, Bounds b) {
    try {
      double v = run.engine.numeric(at, Map.of());
      return PointsOutside.outside(v, b.lo(), b.loOpen(), b.hi(), b.hiOpen());
    } catch (RuntimeException e) {
      return true; // a point whose value is unknown is set aside for the line
    }
  }
}
