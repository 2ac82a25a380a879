package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capital letters written together in LaTeX, {@code $KL = 5$}, {@code $MSE$}, {@code $NLL$}: the
 * product of one-letter names (how LaTeX sets them) or one name, an acronym (KL divergence, mean
 * squared error, negative log-likelihood). After "Let $K = 2$ and $L = 3$", {@code $KL = 5$} was
 * ✗ as K·L = 6, though a reader may mean a quantity KL the text never defines. A refutation of a
 * step with such a run is "not checked: ambiguous" (the name reading is undefined, so it cannot be
 * decided); a proof under the product reading stands. Lower-case runs ({@code $xy = 6$}) and
 * runs of four or more capitals have no acronym reading here and keep their ✗; a run in braces
 * ({@code \mathrm{KL}}, a subscript {@code W_{QK}}) or after a backslash is not a run. Stateless.
 */
final class AcronymProducts {
  /** Two or three capitals alone: not after a letter, a backslash, a brace or a script mark. */
  private static final Pattern RUN = Pattern.compile(
      "(?<![A-Za-z\\\\{_^])([A-Z]{2,3})(?![A-Za-z_^{])");

  private AcronymProducts() {}

  /** {@code v}, or "not checked" where it is a refutation of a LaTeX step with such a run. */
  static StepVerdict guard(DocumentRun run, String rawL, String rawR, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || !run.latex()) {
      return v;
    }
    Matcher m = RUN.matcher(rawL + " \u0000 " + rawR);
    if (!m.find()) {
      return v;
    }
    String run1 = m.group(1);
    return new StepVerdict.NotChecked("ambiguous: " + run1 + " could be one name (an acronym, "
        + "as KL, MSE or NLL are) that the text does not define, or the product "
        + String.join("·", run1.split("")) + " (read so, it fails: " + f.evidence() + ")");
  }
}
