package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading of {@code \sigma_1^2} as one name (a variance) is no reading of a step that also
 * writes {@code \sigma_1} itself: a variance written σ₁² is the square of the standard
 * deviation σ₁ by definition, so a step with both (the univariate Gaussian KL's
 * {@code \log(2\pi\sigma_2^2) … = \log\frac{\sigma_2}{\sigma_1} + …}) is read only with σ₁²
 * the power. As two unrelated names the step was "not checked: σ₁ occurs on one side only" and
 * a wrong {@code \log\frac{\sigma_1}{\sigma_2}} was never refuted.
 */
final class SquaredDeviationsAlone {
  /** The ambiguity {@link LatexCommands} names for σ_…^2. */
  static final String AMBIGUITY = "σ_…^2 as one name (a variance) or as a power";
  private static final Pattern SQUARED = Pattern.compile("\\b(sigmav[A-Za-z0-9]*?)sq\\b");

  private SquaredDeviationsAlone() {}

  /**
   * Whether {@code sides} (engine syntax) read σ_X^2 as the name σ_Xsq while σ_X itself occurs
   * too: the name reading of a step where the deviation and its square are both written.
   */
  static boolean nameBesideItsRoot(String... sides) {
    String all = String.join(" ", sides);
    Matcher m = SQUARED.matcher(all);
    while (m.find()) {
      if (Pattern.compile("\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(all).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link Readings#combine} of the two readings, except that a reading of σ_X^2 as a name beside
   * σ_X is dropped when the step's only ambiguity is that one: the other reading decides alone.
   */
  static StepVerdict combine(StepVerdict main, StepVerdict other, String ambiguity,
      String[] mainSides, String[] otherSides) {
    if (AMBIGUITY.equals(ambiguity)) {
      boolean mainName = nameBesideItsRoot(mainSides);
      boolean otherName = nameBesideItsRoot(otherSides);
      if (mainName != otherName) {
        return mainName ? other : main;
      }
    }
    return Readings.combine(main, other, ambiguity);
  }
}
