package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refutation whose point gives a parameter — a name inside a piecewise function (max, min,
 * |·|, ReLU, a step) that the text gives no value, no range and no "for every" — a value the
 * text may not mean. "For leaky ReLU with slope $\alpha$: $\frac{d}{dx}\max(\alpha x, x) =
 * \alpha$ for $x < 0$" holds for 0 &lt; α &lt; 1 (what a leaky slope is) and fails for α &gt; 1,
 * where the other branch of the max is taken; a ✗ at α = 1.68 refutes a true step (a student
 * tester). The parameter is fixed at seeded samples of each of (0, 1), (1, ∞) and (−∞, 0); where
 * the step holds at every sample of a range the refutation's value is not in, the step is
 * "not checked", naming both. A slip that fails for every value of the parameter is refuted in
 * every range and stays ✗.
 */
final class UnstatedParameterRanges {
  private static final Pattern PIECEWISE = Pattern.compile("(?i)\\b(max|min|abs|relu\\w*|"
      + "leakyrelu|sign|heaviside|unitstep|piecewise|clip|clamp|hardtanh|H)\\(");
  private static final Pattern NAME = EngineNames.NAME;
  /** The ranges a parameter is re-sampled in: low, high (a wide range stands for ∞). */
  private static final double[][] RANGES = {{0, 1}, {1, 4}, {-4, 0}};
  private static final String[] SHOWN = {"(0, 1)", "(1, ∞)", "(−∞, 0)"};
  private static final int SAMPLES = 3;

  private UnstatedParameterRanges() {}

  /**
   * {@code v}, or "not checked" where it is a refutation that a parameter's range decides;
   * {@code recheck} gives the verdict in a context (the parameter fixed as a point).
   */
  static StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v,
      Function<CheckContext, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    Set<String> inside = insidePiecewise(lhs + " " + rhs);
    inside.addAll(RootedParameters.inside(run, lhs + " " + rhs)); // √(β²g²) = |β||g|
    if (inside.isEmpty()) {
      return v;
    }
    Domain d = run.ctx.domain();
    List<String> general = ForAll.names(run.paragraph()).stream()
        .map(n -> n.replace("\\", "").strip()).toList();
    for (Map.Entry<String, Double> e : f.point().entrySet()) {
      String p = e.getKey();
      if (!inside.contains(p) || run.ctx.point().containsKey(p) || run.ctx.defines(p)
          || d.intervals().containsKey(p) || general.contains(p)) {
        continue;
      }
      for (int k = 0; k < RANGES.length; k++) {
        double[] range = RANGES[k];
        if (e.getValue() > range[0] && e.getValue() < range[1]) {
          continue; // the refutation's own range
        }
        if (holdsThroughout(run, p, range, recheck)) {
          return new StepVerdict.NotChecked(String.format(Locale.ROOT, "holds for %s in %s, "
              + "fails at %s = %.6g (%s); the text states no range for %s, which a piecewise "
              + "function's branch depends on", LatexNames.readable(p), SHOWN[k],
              LatexNames.readable(p), e.getValue(), f.evidence(), LatexNames.readable(p)));
        }
      }
    }
    return v;
  }

  private static boolean holdsThroughout(DocumentRun run, String p, double[] range,
      Function<CheckContext, StepVerdict> recheck) {
    Random random = new Random(31);
    boolean held = false;
    for (int s = 0; s < SAMPLES; s++) {
      double value = range[0] + (range[1] - range[0]) * (0.1 + 0.8 * random.nextDouble());
      StepVerdict w;
      try {
        w = recheck.apply(run.ctx.withPoint(p, run.engine.eval(
            SecondEvaluator.rational(value))));
      } catch (RuntimeException ex) {
        return false;
      }
      if (w instanceof StepVerdict.Refuted || w instanceof StepVerdict.NotChecked) {
        return false;
      }
      held |= w instanceof StepVerdict.Proved
          || w instanceof StepVerdict.Unknown u && u.samples() > 0;
    }
    return held;
  }

  /** The names inside the arguments of a piecewise function in {@code text}. */
  static Set<String> insidePiecewise(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PIECEWISE.matcher(text);
    while (m.find()) {
      int close = TopLevel.closing(text, m.end() - 1); // unclosed: to the last but one
      int end = close < 0 ? Math.max(m.end(), text.length() - 1) : close;
      List<String> names = new ArrayList<>();
      Matcher n = NAME.matcher(text.substring(m.end(), end));
      while (n.find()) {
        names.add(n.group());
      }
      out.addAll(names);
    }
    return out;
  }
}
