package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A step with an order term, {@code f(x + ε) = f(x) + ε f′(x) + O(ε²)}: the right side without
 * O(E) is compared with the left to that order. The names that make E small (ε; η in
 * O(η² f′²(x))) are shrunk together, by 10⁻², 10⁻³ and 10⁻⁴, at seeded points (and, with
 * functions the text does not define, for {@link GenericFunctions}' instances): the step holds to
 * that order where (left − right)/E stays bounded. That is evidence, never a proof, so it is
 * "unknown". The difference is evaluated at 30 digits (in doubles, cancellation made true
 * expansions of σ and softplus look wrong; found by a lecturer tester). A step is refuted only
 * where (left − right)/E grows by more than 5 at each of the two shrinks at every point compared
 * (a difference of lower order than E, at least two points) and no function is left arbitrary by
 * the text; a growth seen at some points only, or for instances of such a function, is "not
 * checked".
 */
final class BigOTerms {
  /** The engine's name of \mathcal{O} (and of a plain O) applied. */
  private static final String ORDER = "capo(";
  private static final double[] SCALES = {1e-2, 1e-3, 1e-4};

  private BigOTerms() {}

  /** {side without its order term, the order term's argument}, or null without one. */
  static String[] split(String side) {
    List<String> terms = TopLevel.split(side, '+');
    List<String> kept = new ArrayList<>();
    String order = null;
    for (String t : terms) {
      String s = t.strip().replaceFirst("^capo\\s*\\*?\\s*\\(", ORDER);
      if (order == null && s.startsWith(ORDER) && s.endsWith(")")
          && TopLevel.split(s.substring(ORDER.length(), s.length() - 1), ',').size() == 1
          && BracketBalance.roundClose(s.substring(ORDER.length(), s.length() - 1))) {
        order = s.substring(ORDER.length(), s.length() - 1);
      } else {
        kept.add(t);
      }
    }
    return order == null || kept.isEmpty() || String.join("+", kept).contains("capo") ? null
        : new String[] {String.join("+", kept), order};
  }

  /** The verdict on {@code lhs = rhs + O(order)}, or null where the step has no order term. */
  static StepVerdict check(SymbolicEngine engine, StepChecker checker, CheckContext ctx,
      String lhs, Relation rel, String rhs) {
    String[] r = rel == Relation.EQUAL ? split(rhs) : null;
    if (r == null || (lhs + r[0]).matches("(?s).*\\bcapo\\b.*")) {
      return (lhs + rhs).matches("(?s).*\\bcapo\\s*\\*?\\s*\\(.*") ? new StepVerdict.NotChecked("an order term O(…) "
          + "that is not one term of the right side") : null;
    }
    Map<String, Integer> heads = GenericFunctions.heads(ctx, lhs + " " + rhs);
    int instances = heads.isEmpty() ? 1 : GenericFunctions.INSTANCES;
    int compared = 0;
    Set<String> smallNames = new TreeSet<>();
    SecondEvaluator second = new SecondEvaluator(engine);
    String grown = null;
    String lastGrowth = null;
    int grownPoints = 0;
    Map<String, Double> last = null;
    Expr l0 = null;
    Expr r0 = null;
    for (int k = 0; k < instances; k++) {
      GenericFunctions.Instance in = heads.isEmpty() ? new GenericFunctions.Instance(ctx, "")
          : GenericFunctions.instance(engine, ctx, heads, k);
      Expr l;
      Expr right;
      Expr order;
      try {
        l = checker.resolve(in.ctx(), lhs, true);
        right = checker.resolve(in.ctx(), r[0], true);
        order = checker.resolve(in.ctx(), r[1], true);
      } catch (RuntimeException e) {
        return new StepVerdict.NotChecked(UserMessages.unreadable(e));
      }
      l0 = l;
      r0 = right;
      Set<String> names = new TreeSet<>(engine.freeSymbols(l));
      names.addAll(engine.freeSymbols(right));
      names.addAll(engine.freeSymbols(order));
      Expr diff;
      try {
        diff = engine.apply("Subtract", l, right);
      } catch (RuntimeException e) {
        return new StepVerdict.NotChecked(UserMessages.unreadable(e));
      }
      Random random = new Random(41L + k);
      for (int p = 0; p < 3; p++) {
        Map<String, Double> at = new LinkedHashMap<>();
        for (String n : names) {
          double m = 0.4 + random.nextDouble();
          at.put(n, random.nextBoolean() ? m : -m);
        }
        Set<String> small = small(engine, order, at, names);
        if (small.isEmpty()) {
          return new StepVerdict.NotChecked("O(" + r[1] + "): no name makes it small");
        }
        smallNames.addAll(small);
        double[] ratio = new double[SCALES.length];
        for (int s = 0; s < SCALES.length; s++) {
          Map<String, Double> q = new LinkedHashMap<>(at);
          for (String n : small) {
            q.put(n, at.get(n) * SCALES[s]);
          }
          ratio[s] = second.precise(diff, q) / second.precise(order, q);
          last = q;
        }
        if (!Double.isFinite(ratio[0]) || !Double.isFinite(ratio[2])) {
          continue;
        }
        compared++;
        String growth = "(left − right)/(order term) grows from " + Digits.format(ratio[0], 3)
            + " to " + Digits.format(ratio[2], 3) + " as " + names(smallNames)
            + shrink(smallNames) + " by 10⁻² to 10⁻⁴ (at 30 digits)";
        if (Math.abs(ratio[1]) > 5 * Math.abs(ratio[0]) && Math.abs(ratio[2]) > 5 * Math.abs(
            ratio[1]) && Math.abs(ratio[2]) > 1e-6) {
          grown = grown == null ? growth : grown;
          grownPoints++;
          lastGrowth = growth + (in.shown().isEmpty() ? "" : ", for " + in.shown());
        } else if (Math.abs(ratio[2]) > 8 * Math.abs(ratio[0]) + 1e-3) {
          return new StepVerdict.NotChecked("the sides differ by more than O(…) allows at "
              + "some points" + (in.shown().isEmpty() ? "" : " for " + in.shown()) + ": "
              + growth + ", but not at every point");
        }
      }
    }
    // with functions the text does not define, a property of one particular f (f′(x) = 0) is
    // never refuted: growth for every instance is still only "not checked"
    if (heads.isEmpty() && compared >= 2 && grownPoints == compared && last != null) {
      return new StepVerdict.Refuted(last, second.precise(l0, last), second.precise(r0, last),
          lastGrowth + ": the difference is of lower order than O(" + shown(engine, r[1])
          + ") allows, at "
          + compared + " points");
    }
    if (grown != null) {
      return new StepVerdict.NotChecked("the sides differ by more than O(…) allows"
          + (grownPoints == compared ? ": " + lastGrowth + "; a function the text leaves "
          + "arbitrary may be one for which it holds" : " at some points: " + grown
          + ", but not at every point"));
    }
    if (compared == 0) {
      return new StepVerdict.NotChecked("the sides have no numeric value near the point");
    }
    return new StepVerdict.Unknown(compared, 0, "holds to the order written: (left − right)/"
        + "(order term) stays bounded as " + names(smallNames) + shrink(smallNames)
        + " by 10⁻² to 10⁻⁴, at "
        + compared + " points" + (heads.isEmpty() ? "" : ", for " + instances + " instances "
        + "of functions the text does not define (x² + 1, eˣ, …)") + "; not proved");
  }

  /** The names whose shrinking by 10⁻³ shrinks {@code order} by at least 10². */
  private static Set<String> small(SymbolicEngine engine, Expr order, Map<String, Double> at,
      Set<String> names) {
    Set<String> out = new TreeSet<>();
    try {
      double whole = Math.abs(engine.numeric(order, at));
      for (String n : names) {
        Map<String, Double> q = new LinkedHashMap<>(at);
        q.put(n, at.get(n) * 1e-3);
        if (Math.abs(engine.numeric(order, q)) < 1e-2 * whole) {
          out.add(n);
        }
      }
    } catch (RuntimeException e) {
      return Set.of();
    }
    return out;
  }

  private static String shown(SymbolicEngine engine, String order) {
    try {
      return engine.named(engine.eval(order)).unicode();
    } catch (RuntimeException e) {
      return order;
    }
  }

  private static String names(Set<String> names) {
    return String.join(", ", names.stream().map(LatexNames::readable).toList());
  }

  private static String shrink(Set<String> names) {
    return names.size() == 1 ? " shrinks" : " shrink";
  }
}
