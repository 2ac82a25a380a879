package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Inequalities the text assumes that are not the range of one name ({@link HypothesisRanges}
 * gives that one its sampled interval): "If $a_1 > a_2$ then $p = a_1$" after
 * {@code p = \max(a_1, a_2)}, "Assume $a > b$", a bound on a defined name ($z > 0$ with
 * z = wx + b). Such a hypothesis was listed and then ignored, so {@code p = a_1} was refuted at
 * a₁ = −1.93, a₂ = −1.55, a point the text excludes (found by a student tester, user30). A
 * refutation is kept where every hypothesis it can be evaluated under holds at its point;
 * otherwise the step is decided again at seeded points where they hold, and where it fails at
 * none of those it is "not checked", never ✗. Never turns a ✗ into a ✓. A new hypothesis on the
 * same names replaces the old one (the next case: "if $a_2 > a_1$ …"); a heading ends them all.
 * Not thread-safe; one per document.
 */
final class StatedHypotheses {
  /** How many points where the hypotheses hold the step is decided again at, at most. */
  private static final int RECHECKS = 6;
  /** How many seeded points are drawn to find those. */
  private static final int DRAWS = 400;

  /** One relation of two sides (engine syntax) the text assumes, from its line. */
  private record Hypothesis(int line, String raw, String left, Relation rel, String right,
      Set<String> names) {}

  private final List<Hypothesis> inForce = new ArrayList<>();

  /** The hypotheses in force at one moment, for {@link #restoreInPlace}. */
  static final class Mark {
    private final List<Hypothesis> held;

    private Mark(List<Hypothesis> held) {
      this.held = List.copyOf(held);
    }
  }

  /** The hypotheses in force now: a one-line condition ends by restoring them. */
  Mark mark() {
    return new Mark(inForce);
  }

  /** Puts back the hypotheses of {@code m} (a condition of one line has ended). */
  void restoreInPlace(Mark m) {
    inForce.clear();
    inForce.addAll(m.held);
  }

  /** Ends every hypothesis (a heading: a new exercise). */
  void clearInPlace() {
    inForce.clear();
  }

  /**
   * Notes each inequality of the chain {@code c} (as the text writes it, {@code raw}) that is
   * not a number bounding one undefined name.
   */
  void noteInPlace(DocumentRun run, int line, ChainSplitter.Chain c, String raw) {
    if (c.terms().size() < 2 || !Hypotheses.allInequalities(c.relations())
        && !valueOfADefinedName(run, c)) {
      return;
    }
    for (int k = 0; k + 1 < c.terms().size(); k++) {
      String l = run.read(c.terms().get(k));
      String r = run.read(c.terms().get(k + 1));
      if (l == null || r == null || rangeOfOneName(run, l, r) || rangeOfOneName(run, r, l)) {
        continue;
      }
      Set<String> names;
      try {
        names = new LinkedHashSet<>(run.engine.freeSymbols(run.engine.eval(l)));
        names.addAll(run.engine.freeSymbols(run.engine.eval(r)));
      } catch (RuntimeException e) {
        continue;
      }
      if (names.isEmpty()) {
        continue;
      }
      Set<String> same = names;
      inForce.removeIf(h -> h.names().equals(same)); // the next case on the same names
      inForce.add(new Hypothesis(line, raw.strip(), l, c.relations().get(k), r, names));
    }
  }

  /**
   * {@code v}, or where it is a refutation at a point that a hypothesis in force excludes: the
   * refutation at a seeded point where all hold, or "not checked".
   */
  StepVerdict guard(DocumentRun run, StepVerdict v, Function<CheckContext, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.Refuted f) || inForce.isEmpty()) {
      return v;
    }
    List<Expr[]> sides = new ArrayList<>();
    List<Hypothesis> relevant = new ArrayList<>();
    for (Hypothesis h : inForce) {
      try {
        Expr l = inline(run, h.left());
        Expr r = inline(run, h.right());
        Set<String> free = new LinkedHashSet<>(run.engine.freeSymbols(l));
        free.addAll(run.engine.freeSymbols(r));
        if (!free.isEmpty() && f.point().keySet().containsAll(free)) {
          sides.add(new Expr[] {l, r});
          relevant.add(h);
        }
      } catch (RuntimeException e) {
        // a hypothesis this reader cannot evaluate leaves the verdict as it was
      }
    }
    Hypothesis broken = firstBroken(run, relevant, sides, f.point());
    if (broken == null) {
      return v;
    }
    StepVerdict stated = atStatedValues(run, relevant, recheck);
    if (stated != null) {
      return stated;
    }
    Random random = new Random(20261204L);
    int held = 0;
    for (int d = 0, tried = 0; d < DRAWS && tried < RECHECKS; d++) {
      Map<String, Double> p = draw(run, f.point().keySet(), random);
      if (firstBroken(run, relevant, sides, p) != null) {
        continue;
      }
      tried++;
      CheckContext at = run.ctx;
      for (Map.Entry<String, Double> e : p.entrySet()) {
        at = at.withPoint(e.getKey(), run.engine.eval(number(e.getValue())));
      }
      StepVerdict w;
      try {
        w = recheck.apply(at);
      } catch (RuntimeException e) {
        continue;
      }
      if (w instanceof StepVerdict.Refuted g && Double.isFinite(g.lhs())
          && Double.isFinite(g.rhs())) {
        Map<String, Double> point = new LinkedHashMap<>(p);
        point.putAll(g.point());
        return new StepVerdict.Refuted(point, g.lhs(), g.rhs(), g.detail().startsWith("at ")
            ? "" : g.detail()); // not the drawn point a second time
      }
      held += w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown u
          && !u.undecided() ? 1 : 0;
    }
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "fails only where the "
        + "assumption %s (line %d) does not hold (%s); %s", broken.raw(), broken.line(),
        f.evidence(), held > 0 ? "holds at the " + held + " points tried where it does"
        : "not decided at points where it holds"));
  }

  /**
   * The step decided with each defined name a hypothesis gives a number ({@code z = 2}) put in
   * as that number, the reading the text means; null unless that decides it. A refutation
   * there fails under both readings (the earlier values, and the value stated).
   */
  private static StepVerdict atStatedValues(DocumentRun run, List<Hypothesis> relevant,
      Function<CheckContext, StepVerdict> recheck) {
    CheckContext at = run.ctx;
    StringBuilder shown = new StringBuilder();
    for (Hypothesis h : relevant) {
      if (h.rel() == Relation.EQUAL && run.ctx.defines(h.left().strip())) {
        at = at.withDefinition(new Definition(h.left().strip(), run.engine.eval(h.right())));
        shown.append(shown.isEmpty() ? "" : ", ").append(h.raw()).append(" (line ")
            .append(h.line()).append(")");
      }
    }
    if (shown.isEmpty()) {
      return null;
    }
    StepVerdict w;
    try {
      w = recheck.apply(at);
    } catch (RuntimeException e) {
      return null;
    }
    String note = "with " + shown + " as stated, not the value its definition takes at the "
        + "values given before";
    if (w instanceof StepVerdict.Proved p) {
      return new StepVerdict.Proved(p.how() + ", " + note);
    }
    if (w instanceof StepVerdict.Unknown u && u.samples() > 0) {
      return new StepVerdict.Unknown(u.samples(), u.tolerance(), (u.reason().isEmpty()
          ? "holds at " + u.samples() + (u.samples() == 1 ? " point" : " points") + ", not proved"
          : u.reason()) + "; " + note);
    }
    if (w instanceof StepVerdict.NotChecked n) {
      return new StepVerdict.NotChecked(n.reason() + " (" + note + ")");
    }
    if (w instanceof StepVerdict.Refuted g && Double.isFinite(g.lhs())
        && Double.isFinite(g.rhs())) {
      return new StepVerdict.Refuted(g.point(), g.lhs(), g.rhs(), note + (g.detail().isEmpty()
          ? "" : "; " + g.detail()));
    }
    return null;
  }

  /** The first hypothesis that fails (or has no value) at {@code point}; null if all hold. */
  private static Hypothesis firstBroken(DocumentRun run, List<Hypothesis> relevant,
      List<Expr[]> sides, Map<String, Double> point) {
    for (int k = 0; k < relevant.size(); k++) {
      try {
        double l = run.engine.numeric(sides.get(k)[0], point);
        double r = run.engine.numeric(sides.get(k)[1], point);
        boolean holds = relevant.get(k).rel() == Relation.EQUAL
            ? Math.abs(l - r) <= 1e-9 * Math.max(1, Math.max(Math.abs(l), Math.abs(r)))
            : relevant.get(k).rel().holds(l, r);
        if (!Double.isFinite(l) || !Double.isFinite(r) || !holds) {
          return relevant.get(k);
        }
      } catch (RuntimeException e) {
        return relevant.get(k);
      }
    }
    return null;
  }

  /** The side with the text's definitions put in and its named point's values. */
  private static Expr inline(DocumentRun run, String side) {
    Expr e = run.ctx.asDefinitions().inline(run.engine, run.engine.eval(side));
    return run.ctx.point().isEmpty() ? e : run.engine.substitute(e, run.ctx.point());
  }

  /** A seeded point for {@code names}, each in its sampled interval, to four decimals. */
  private static Map<String, Double> draw(DocumentRun run, Set<String> names, Random random) {
    Map<String, Double> p = new LinkedHashMap<>();
    for (String n : names) {
      if (run.ctx.point().containsKey(n)) {
        continue; // a value the text gives stays
      }
      double[] i = run.ctx.domain().intervals().getOrDefault(n, new double[] {-3, 3});
      double x = i[0] + (i[1] - i[0]) * random.nextDouble();
      p.put(n, Math.rint(x * 1e4) / 1e4);
    }
    return p;
  }

  private static String number(double x) {
    return new java.math.BigDecimal(Double.toString(x)).toPlainString();
  }

  /**
   * Whether {@code c} gives a name the text defines a number ("For $z = 2$, $y = 1$: $L = …$"
   * with z = wx + b): the values of w, x and b an earlier part gave make z 2.1, and L was ✗
   * there (a new user, user34); the value stated is a hypothesis a point must keep.
   */
  private static boolean valueOfADefinedName(DocumentRun run, ChainSplitter.Chain c) {
    if (c.terms().size() != 2 || c.relations().get(0) != Relation.EQUAL) {
      return false;
    }
    String name = run.read(c.terms().get(0));
    String value = run.read(c.terms().get(1));
    if (name == null || value == null || !EngineNames.is(name.strip())
        || !run.ctx.defines(name.strip())) {
      return false;
    }
    try {
      return run.engine.freeSymbols(run.engine.eval(value)).isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code bound} is a number and {@code name} one name the text does not define. */
  private static boolean rangeOfOneName(DocumentRun run, String name, String bound) {
    if (!EngineNames.is(name.strip()) || run.ctx.defines(name.strip())) {
      return false;
    }
    try {
      return run.engine.freeSymbols(run.engine.eval(bound)).isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
