package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ≈ between formulas in Nielsen's notation of small changes (ch. 5, eqs. 115–119):
 * {@code \Delta a_1 \approx \frac{\partial a_1}{\partial b_1} \Delta b_1}. A left side that is
 * one change ΔA and a right side that is a coefficient times one change ΔB, c·ΔB, is read to
 * first order: ΔA is the change of A when B changes by ΔB, so ΔA = (∂A/∂B)·ΔB + o(ΔB), and the
 * step holds exactly when c = ∂A/∂B — checked as the step {@code ∂A/∂B = c} under every reading
 * of ∂ (local and total), so nothing is refuted that one reading allows. No tolerance is
 * invented: any other c is wrong to first order (the difference is (∂A/∂B − c)·ΔB, as large as
 * the change itself). Δ must be the reader's change symbol: a Δ the text defines as a quantity,
 * a right side with two changes or with ΔB not a factor of it, and a left side that is not one
 * change stay "not checked".
 */
final class FirstOrderChanges {
  static final String DELTA = "capdelta";
  // Δ·a1, or the one name Δa1 that DeltaQuantities makes of \Delta a_1 (\Delta_{a_1})
  private static final Pattern LEFT = Pattern.compile("\\s*\\(?\\s*" + DELTA
      + "(?:\\s*\\*\\s*)?([A-Za-z][A-Za-z0-9]*)\\s*\\)?\\s*");
  private static final Pattern CHANGE = Pattern.compile("(?<![A-Za-z0-9])" + DELTA
      + "(?:\\s*\\*\\s*)?([A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9(])");

  /** The first-order step: ∂A/∂B = coefficient, in engine syntax. */
  record Reading(String of, String by, String lhs, String rhs) {}

  private FirstOrderChanges() {}

  /** The first-order reading of {@code lhs ≈ rhs}, or null where it is not of that form. */
  static Reading read(CheckContext ctx, String lhs, String rhs) {
    if (ctx.defines(DELTA) || ctx.point().containsKey(DELTA)) {
      return null;
    }
    Matcher l = LEFT.matcher(lhs);
    if (!l.matches()) {
      return null;
    }
    Matcher m = CHANGE.matcher(rhs);
    if (!m.find()) {
      return null;
    }
    String by = m.group(1);
    String before = rhs.substring(0, m.start()).strip();
    if (before.endsWith("/")) { // c/ΔB is not c·ΔB
      return null;
    }
    String coefficient = rhs.substring(0, m.start()) + "1" + rhs.substring(m.end());
    if (coefficient.contains(DELTA) || by.equals(l.group(1)) || !factorOf(rhs, m.start(),
        m.end())) {
      return null;
    }
    return new Reading(l.group(1), by, "pd(" + l.group(1) + ", " + by + ")", coefficient);
  }

  /** The verdict on {@code ∂A/∂B = c} told as the verdict on the ≈ step it reads. */
  static StepVerdict told(Reading f, StepVerdict v) {
    String a = LatexNames.readable(f.of());
    String b = LatexNames.readable(f.by());
    String reading = "read to first order in Δ" + b + ": Δ" + a + " ≈ (∂" + a + "/∂" + b
        + ")·Δ" + b + ", so the coefficient of Δ" + b + " must be ∂" + a + "/∂" + b;
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved(reading + "; it is: " + p.how());
      case StepVerdict.Refuted r -> new StepVerdict.Refuted(r.point(), r.lhs(), r.rhs(),
          reading + "; left ∂" + a + "/∂" + b + ", right the coefficient" + (r.detail()
          .isEmpty() ? "" : "; " + r.detail()));
      case StepVerdict.Unknown u -> u.samples() == 0 ? u : new StepVerdict.Unknown(u.samples(),
          u.tolerance(), reading + "; they agree at " + u.samples() + " random points, not "
          + "proved" + (u.reason().isEmpty() ? "" : ": " + u.reason()));
      case StepVerdict.NotChecked n -> new StepVerdict.NotChecked(reading + "; " + n.reason());
    };
  }

  /**
   * Whether the change at [start, end) is a factor of the whole side: every bracket around it
   * closes after it and no + or − stands outside brackets (c·ΔB, not c + ΔB).
   */
  private static boolean factorOf(String side, int start, int end) {
    int depth = 0;
    for (int i = 0; i < side.length(); i++) {
      char ch = side.charAt(i);
      depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      if (depth == 0 && (ch == '+' || ch == '-') && i > 0 && (i < start || i >= end)
          && !(i > 0 && (side.charAt(i - 1) == '*' || side.charAt(i - 1) == '/'
          || side.charAt(i - 1) == '^'))) {
        return false;
      }
      if (i == start && depth != 0) {
        return false;
      }
    }
    return true;
  }
}
