package gradlab.check;

import gradlab.math.Tolerance;
import java.util.Map;

/** The verdict on one step of a derivation, with its evidence. */
public sealed interface StepVerdict {
  /** ✓, ✗, ? or – for terminals and reports. */
  String mark();

  /** One line of evidence. */
  String evidence();

  /** Proved, by the named strategy. */
  record Proved(String how) implements StepVerdict {
    public String mark() {
      return "✓";
    }

    /** The mark and the evidence, as a report line shows them (not a record dump). */
    @Override
    public String toString() {
      return mark() + " " + evidence();
    }

    public String evidence() {
      return "proved: " + how;
    }
  }

  /** False, with a point where both sides were evaluated. Never issued without one. */
  record Refuted(Map<String, Double> point, double lhs, double rhs, String detail)
      implements StepVerdict {
    public String mark() {
      return "✗";
    }

    @Override
    public String toString() {
      return mark() + " " + evidence();
    }

    public String evidence() {
      int digits = Digits.toTell(lhs, rhs); // never "left = 0.186816, right = 0.186816"
      return "refuted" + (point.isEmpty() ? "" : " at " + PointText.of(point)) + ": left = "
          + Digits.format(lhs, digits) + ", right = " + Digits.format(rhs, digits)
          + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  /**
   * Numerically equal at every sample, but not proved; or, with {@code samples} 0 and a reason,
   * not decided in the time allowed.
   */
  record Unknown(int samples, double tolerance, String reason) implements StepVerdict {
    public Unknown(int samples, double tolerance) {
      this(samples, tolerance, "");
    }

    /** Not decided within the step's time budget. */
    public static Unknown time(java.time.Duration budget) {
      return new Unknown(0, 0, "time: not decided within the step budget of "
          + budget.toMillis() / 1000.0 + " s (--step-time)");
    }

    /** As {@link #time(java.time.Duration)}, where the budget was scaled for the load. */
    public static Unknown time(java.time.Duration given, java.time.Duration scaled) {
      return scaled.equals(given) ? time(given) : new Unknown(0, 0, "time: not decided within "
          + scaled.toMillis() / 1000.0 + " s, the step budget of " + given.toMillis() / 1000.0
          + " s (--step-time) scaled for the machine's load");
    }

    /**
     * Whether nothing was compared (past the time budget): then it counts as not checked. An
     * unknown with samples and a reason (a Σ that holds for n = 1…5 written out) is decided.
     */
    public boolean undecided() {
      return samples == 0;
    }

    public String mark() {
      return "?";
    }

    @Override
    public String toString() {
      return mark() + " " + evidence();
    }

    public String evidence() {
      return !reason.isEmpty() ? "unknown (" + reason + ")" : "unknown: holds at " + samples
          + " random points" + (tolerance > 0 ? " (relative tolerance " + Tolerance.text(
          tolerance) + ")" : "") + ", not proved";
    }
  }

  /** Could not be parsed or understood; never counted as passed. */
  record NotChecked(String reason) implements StepVerdict {
    public String mark() {
      return "–";
    }

    @Override
    public String toString() {
      return mark() + " " + evidence();
    }

    public String evidence() {
      return "not checked: " + reason;
    }
  }
}
