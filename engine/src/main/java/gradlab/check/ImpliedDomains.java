package gradlab.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Values a name stands for by what it is, though the text states no range: a size the text
 * sums to ({@code \sum_{i=1}^{n}}: n is a whole number ≥ 1) and a learning rate or penalty
 * (η, λ: positive). A refutation at a value outside (n = 2.79998, η = −0.84) is re-decided with
 * those names fixed at values inside: where the step fails there too, that is the point shown
 * (a lecturer would paste it into a marking comment); where it holds at each, the step fails
 * only outside what the names stand for and is "not checked"; where a value inside cannot be
 * decided, the refutation stands as it was. Never turns a ✗ into a ✓. One per document.
 */
final class ImpliedDomains {
  /** Whole sizes tried (1 is left out: 1/(n − 1) of a sample variance is undefined there). */
  private static final String[] SIZES = {"2", "3", "5"};
  /** Positive rates tried. */
  private static final String[] RATES = {"1/10", "1/2", "9/10"};
  private static final Set<String> RATE_NAMES = Set.of("eta", "lambda");

  /** The engine names of the letters the text uses as sizes of a Σ or Π. */
  private final Set<String> sizes = new LinkedHashSet<>();

  /** Notes the sizes of the Σ/Π in {@code latex} (a statement of the text). */
  void noteInPlace(DocumentRun run, String latex) {
    try {
      for (String letter : SymbolicSums.sizeLetters(latex)) {
        String name = run.read(letter);
        if (name != null && name.strip().matches("[A-Za-z][A-Za-z0-9]*")) {
          sizes.add(name.strip());
        }
      }
    } catch (RuntimeException e) {
      // a Σ this reader does not write out names no size
    }
  }

  /**
   * {@code v}, or its refutation at values inside what the names stand for, or "not checked"
   * where it holds at each of those; {@code recheck} decides the step in a context.
   */
  StepVerdict guard(DocumentRun run, StepVerdict v, Function<CheckContext, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    Map<String, String[]> outside = new LinkedHashMap<>(); // every such name, once one is out
    boolean any = false;
    for (Map.Entry<String, Double> e : f.point().entrySet()) {
      String p = e.getKey();
      String[] inside = inside(p);
      if (inside == null || run.ctx.point().containsKey(p) || run.ctx.defines(p)
          || run.ctx.domain().intervals().containsKey(p)) {
        continue;
      }
      outside.put(p, inside);
      any |= !within(p, e.getValue());
    }
    if (!any) {
      return v;
    }
    List<String> tried = new java.util.ArrayList<>();
    for (int s = 0; s < SIZES.length; s++) {
      CheckContext at = run.ctx;
      Map<String, Double> fixed = new LinkedHashMap<>();
      for (Map.Entry<String, String[]> e : outside.entrySet()) {
        String x = e.getValue()[s];
        fixed.put(e.getKey(), run.engine.eval(x).toDouble());
        at = at.withPoint(e.getKey(), run.engine.eval(x));
      }
      StepVerdict w;
      try {
        w = recheck.apply(at);
      } catch (RuntimeException ex) {
        return v;
      }
      if (w instanceof StepVerdict.Refuted g && Double.isFinite(g.lhs())
          && Double.isFinite(g.rhs())) {
        Map<String, Double> point = new LinkedHashMap<>(fixed);
        point.putAll(g.point());
        return new StepVerdict.Refuted(point, g.lhs(), g.rhs(), g.detail());
      }
      if (!(w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown u
          && u.samples() > 0)) {
        return v; // not decided inside: the refutation stands
      }
      tried.add(shown(fixed));
    }
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "fails only at %s (%s), "
        + "where %s; holds at %s", shown(f.point().entrySet().stream().filter(e -> outside
        .containsKey(e.getKey()) && !within(e.getKey(), e.getValue())).collect(java.util.stream
        .Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
        LinkedHashMap::new))), f.evidence(),
        String.join(", ", outside.keySet().stream().map(ImpliedDomains::what).toList()),
        String.join("; ", tried)));
  }

  private String[] inside(String name) {
    return sizes.contains(name) ? SIZES : RATE_NAMES.contains(name) ? RATES : null;
  }

  private boolean within(String name, double value) {
    return sizes.contains(name) ? value >= 1 && value == Math.rint(value) : value > 0;
  }

  private static String what(String name) {
    String n = LatexNames.readable(name);
    return name.equals("lambda") ? n + " is a penalty's weight (positive)" : name.equals("eta")
        ? n + " is a learning rate (positive)" : n + " is a size the text sums to (1, 2, 3, …)";
  }

  private static String shown(Map<String, Double> point) {
    return String.join(", ", point.entrySet().stream().map(e -> LatexNames.readable(e.getKey())
        + " = " + (e.getValue() == Math.rint(e.getValue()) ? String.valueOf(e.getValue()
        .longValue()) : String.format(Locale.ROOT, "%.6g", e.getValue()))).toList());
  }
}
