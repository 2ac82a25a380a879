package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Locale;
import java.util.Map;

/**
 * A refutation confirmed by {@link SecondEvaluator}: the sides must be apart there too, or the
 * step is "not checked". Moved out of {@link StepChecker} (pure movement). Stateless beyond
 * its evaluator.
 */
final class SecondConfirmation {
  private final SecondEvaluator second;

  SecondConfirmation(SecondEvaluator second) {
    this.second = second;
  }

  /** A refutation stands only if the second evaluator also finds the sides apart. */
  StepVerdict confirmed(Expr l, Expr r, Map<String, Double> point, double lv,
      double rv, String detail) {
    double a = second.value(l, point);
    double b = second.value(r, point);
    if (Double.isFinite(a) && Double.isFinite(b)
        && Math.abs(a - b) > 1e-9 * (1 + Math.abs(a) + Math.abs(b))) {
      return new StepVerdict.Refuted(point, lv, rv, detail);
    }
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "the sides differ at %s "
        + "(left %.6g, right %.6g), but the second evaluator did not confirm it",
        PointText.of(point), lv, rv));
  }
}
