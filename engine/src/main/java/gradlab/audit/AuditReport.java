package gradlab.audit;

import gradlab.math.Tolerance;
import java.util.List;
import java.util.Locale;

/**
 * The result of a {@link GradientAudit}: one row per parameter.
 *
 * @param loss the audited name
 * @param rows one per parameter
 * @param points how many seeded random points were compared
 * @param seed the seed of the points
 * @param autodiffTolerance the bound on the symbolic–autodiff error
 * @param finiteDifferenceTolerance the bound on the symbolic–difference error
 */
public record AuditReport(String loss, List<AuditRow> rows, int points, long seed,
    double autodiffTolerance, double finiteDifferenceTolerance) {

  public boolean agrees() {
    return rows.stream().allMatch(AuditRow::agrees);
  }

  /** The table: a script's {@code println(audit(…))} prints what the CLI and console print. */
  @Override
  public String toString() {
    return table();
  }

  /** A table like gradcheck's, one row per parameter, plus the first disagreement if any. */
  public String table() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "gradient audit of %s at %d random points (seed %d); worst point per parameter%n",
        loss, points, seed));
    b.append(String.format(Locale.ROOT, "%-8s %16s %16s %16s %9s %9s  %s%n", "param",
        "symbolic", "autodiff", "finite diff", "err(ad)", "err(fd)", "verdict"));
    for (AuditRow r : rows) {
      b.append(String.format(Locale.ROOT, "%-8s %16.9g %16.9g %16.9g %9.1e %9.1e  %s%n",
          r.parameter(), r.symbolic(), r.autodiff(), r.finiteDifference(), r.autodiffError(),
          r.finiteDifferenceError(), r.agrees() ? "agree" : "DISAGREE"));
    }
    rows.stream().filter(r -> !r.agrees()).findFirst().ifPresent(r -> b.append(
        "disagreement in ∂" + loss + "/∂" + r.parameter() + " at " + r.point() + "\n"));
    b.append(agrees() ? "all three agree for every parameter (errors relative to max(1, |value|); "
        + "tolerances " + Tolerance.text(autodiffTolerance) + " autodiff, "
        + Tolerance.text(finiteDifferenceTolerance) + " finite differences)\n" : "");
    return b.toString();
  }
}
