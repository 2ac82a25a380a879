package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Values a name stands for by what it is, though the text states no range ({@link
 * ImpliedKind}): a size the text sums to ({@code \sum_{i=1}^{n}}: n is a whole number ≥ 1), a
 * learning rate or penalty (η, λ), a standard deviation σ (positive), and what the prose calls a
 * name ({@link StatedKinds}: "learning rate $\alpha$", "probability $p$", "$m$ samples"). A
 * refutation at a value outside (n = 2.79998, η = −0.84) is decided again with those names
 * inside: sampled in their interval, then fixed at a few values. Where the step fails there
 * too, that is the point shown (a lecturer would paste it into a marking comment). Where it
 * fails at no value inside that was tried, it fails only where the names do not stand for what
 * they are: "not checked", never ✗ ({@code |\eta|\lambda = \eta|\lambda|} was ✗ at η &lt; 0
 * where η is a learning rate), whether it held inside or was not decided there. Never turns a
 * ✗ into a ✓. Not thread-safe; one per document.
 */
final class ImpliedDomains {
  /** Names that stand for one thing by convention, wherever the text samples them. */
  private static final Map<String, ImpliedKind> CONVENTIONAL = Map.of("eta", ImpliedKind.RATE,
      "lambda", ImpliedKind.PENALTY, "sigma", ImpliedKind.SCALE);

  /** The names the text sums to, labels written without their index, in order. */
  private final Map<String, ImpliedKind> noted = new LinkedHashMap<>();
  /** What the prose calls a name. */
  final StatedKinds stated = new StatedKinds();
  /** What the text assumes beyond the range of one name ("if $a_1 > a_2$"). */
  final StatedHypotheses hypotheses = new StatedHypotheses();

  /** Notes the sizes of the Σ/Π in {@code latex} (a statement of the text). */
  void noteInPlace(DocumentRun run, String latex) {
    try {
      for (String letter : SymbolicSums.sizeLetters(latex)) {
        String name = run.read(letter);
        if (name != null && EngineNames.is(name.strip())) {
          noted.putIfAbsent(name.strip(), ImpliedKind.SIZE);
        }
      }
    } catch (RuntimeException e) {
      // a Σ this reader does not write out names no size
    }
  }

  /** Notes that {@code name} (an engine name) is a 0-or-1 label ("labels $y^{(i)} ∈ {0,1}$"). */
  void labelInPlace(String name) {
    noted.putIfAbsent(name, ImpliedKind.LABEL);
  }

  /**
   * {@code v}, or its refutation at values inside what the names stand for, or "not checked"
   * where it fails at none of those; {@code recheck} decides the step in a context.
   */
  StepVerdict guard(DocumentRun run, StepVerdict v, Function<CheckContext, StepVerdict> recheck) {
    return hypotheses.guard(run, insideKinds(run, v, recheck), recheck);
  }

  private StepVerdict insideKinds(DocumentRun run, StepVerdict v,
      Function<CheckContext, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    Map<String, ImpliedKind> kinds = new LinkedHashMap<>(); // every such name, once one is out
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : f.point().entrySet()) {
      String p = e.getKey();
      ImpliedKind kind = kindOf(p);
      if (kind == null || run.ctx.point().containsKey(p) || run.ctx.defines(p)
          || run.ctx.domain().intervals().containsKey(p)) {
        continue;
      }
      kinds.put(p, kind);
      if (!kind.within(e.getValue())) {
        out.put(p, e.getValue());
      }
    }
    if (out.isEmpty()) {
      return v;
    }
    List<String> tried = new ArrayList<>();
    boolean decided = true;
    int rounds = kinds.values().stream().mapToInt(k -> k.rounds() + (k.interval() == null ? 0
        : 1)).max().orElse(0);
    for (int s = 0; s < rounds; s++) {
      CheckContext at = run.ctx;
      Domain d = at.domain();
      Map<String, Double> fixed = new LinkedHashMap<>();
      for (Map.Entry<String, ImpliedKind> e : kinds.entrySet()) {
        double[] interval = e.getValue().interval();
        if (s == 0 && interval != null) { // first sampled where it lives
          d = d.with(e.getKey(), interval[0], interval[1]);
          continue;
        }
        String x = e.getValue().tried(interval == null ? s : s - 1);
        fixed.put(e.getKey(), run.engine.eval(x).toDouble());
        at = at.withPoint(e.getKey(), run.engine.eval(x));
      }
      StepVerdict w;
      try {
        w = recheck.apply(at.withDomain(d));
      } catch (RuntimeException ex) {
        decided = false;
        continue;
      }
      if (w instanceof StepVerdict.Refuted g && Double.isFinite(g.lhs())
          && Double.isFinite(g.rhs()) && inside(kinds, g.point())) {
        Map<String, Double> point = new LinkedHashMap<>(fixed);
        point.putAll(g.point());
        return new StepVerdict.Refuted(point, g.lhs(), g.rhs(), g.detail());
      }
      if (w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown u
          && u.samples() > 0) {
        tried.add(s > 0 || fixed.size() == kinds.size() ? shown(fixed)
            : "values sampled inside" + (fixed.isEmpty() ? "" : " with " + shown(fixed)));
      } else {
        decided = false;
      }
    }
    String what = String.join(", ", kinds.entrySet().stream().map(e -> LatexNames.readable(
        e.getKey()) + " is " + e.getValue().words()).toList());
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "fails only at %s (%s), "
        + "where %s; %s", shown(out), f.evidence(), what, decided && !tried.isEmpty()
        ? "holds at " + String.join("; ", tried) : "not decided at the values it stands for"
        + (tried.isEmpty() ? "" : " (holds at " + String.join("; ", tried) + ")")));
  }

  /**
   * {@code recheck}, then, where it does not decide, the step from the earlier claims, as a
   * refutation through them was found (n/(n − 1)·E[u²] after E[u²] = (n − 1)/n·s²).
   */
  static Function<CheckContext, StepVerdict> withPremises(DocumentRun run, String lhs,
      Relation rel, String rhs, Function<CheckContext, StepVerdict> recheck) {
    return c -> {
      StepVerdict w = recheck.apply(c);
      if (!(w instanceof StepVerdict.NotChecked)) {
        return w;
      }
      CheckContext saved = run.ctx;
      run.ctx = c;
      try {
        return PremiseSteps.orChainRule(run, lhs, rel, rhs, w);
      } finally {
        run.ctx = saved;
      }
    };
  }

  private ImpliedKind kindOf(String name) {
    ImpliedKind k = noted.get(name);
    k = k != null ? k : stated.kinds().get(name);
    return k != null ? k : CONVENTIONAL.get(name);
  }

  /** Whether a point found inside gives each such name a value it may take. */
  private static boolean inside(Map<String, ImpliedKind> kinds, Map<String, Double> point) {
    return point.entrySet().stream().allMatch(e -> !kinds.containsKey(e.getKey())
        || kinds.get(e.getKey()).within(e.getValue()));
  }

  private static String shown(Map<String, Double> point) {
    return String.join(", ", point.entrySet().stream().map(e -> LatexNames.readable(e.getKey())
        + " = " + (e.getValue() == Math.rint(e.getValue()) ? String.valueOf(e.getValue()
        .longValue()) : String.format(Locale.ROOT, "%.6g", e.getValue()))).toList());
  }
}
