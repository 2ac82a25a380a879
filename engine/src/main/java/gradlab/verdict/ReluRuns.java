package gradlab.verdict;

import java.util.Locale;
import java.util.Optional;

/**
 * The sentences of the dying-ReLU experiment (scripts/ps3-cnn/7-relu-unstable-gradient.jsh):
 * dead units and final loss are two different measures, and each comparison is worded from the
 * figures, for either direction.
 */
public final class ReluRuns {
  private ReluRuns() {}

  /** A pair of runs that the two measures order oppositely: {@code first} has more dead units. */
  public record Disagreement(int first, int second) {}

  /**
   * Among the pairs (i, j) with dead[i] &gt; dead[j] and loss[i] &lt; loss[j] (more dead units,
   * yet a lower final loss), the one with the largest difference in dead units (the first on
   * ties); empty when the two measures never order a pair oppositely.
   */
  public static Optional<Disagreement> strongestDisagreement(int[] dead, double[] loss) {
    Disagreement best = null;
    for (int i = 0; i < dead.length; i++) {
      for (int j = 0; j < dead.length; j++) {
        if (dead[i] > dead[j] && loss[i] < loss[j]
            && (best == null || dead[i] - dead[j] > dead[best.first()] - dead[best.second()])) {
          best = new Disagreement(i, j);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "more than", "fewer than" or "as many as" for dead-unit counts. */
  public static String countWord(int count, int other) {
    return Difference.of(count - other, 0).word("more than", "fewer than", "as many as");
  }

  /** "lower than", "higher than" or "equal to" for losses. */
  public static String lossWord(double loss, double other) {
    return Difference.of(loss - other, 0).word("higher than", "lower than", "equal to");
  }

  /**
   * How the loss moved from {@code before} to {@code after} (both &gt; 0): "fell by 63 %", or
   * "changed by only 2 %: it has stalled" when it fell by less than {@code stallBelow} (a
   * fraction) or rose by less than that, or "rose by 40 %".
   */
  public static String trend(double before, double after, double stallBelow) {
    double change = (after - before) / before;
    String pct = String.format(Locale.ROOT, "%.0f %%", 100 * Math.abs(change));
    return switch (Difference.of(change, stallBelow)) {
      case LOWER -> "fell by " + pct;
      case HIGHER -> "rose by " + pct;
      case WITHIN_NOISE -> (change <= 0 ? "fell by only " : "rose by ") + pct + ": it has stalled";
    };
  }

  /** Units that were dead at one check and active at a later one: worded for 0 and for more. */
  public static String revived(int count) {
    return count == 0 ? "no unit that was dead at one check was active at a later one"
        : count + " unit" + (count == 1 ? " that was dead at one check was" : "s that were dead "
            + "at one check were") + " active at a later one";
  }
}
