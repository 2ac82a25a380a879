package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ∂C/∂aᴸⱼ where the text writes C without the output layer: Nielsen's {@code C = \frac{1}{2}
 * \sum_j (y_j-a_j)^2}, "and so {@code \partial C / \partial a^L_j = (a_j-y_j)}". aᴸⱼ occurs in no
 * definition, so the step was "not checked: aᴸⱼ occurs nowhere in the definitions". Two readings
 * are open: aᴸⱼ is the aⱼ of C's definition (the layer left off there), or it is another name,
 * which C does not depend on (∂C/∂aᴸⱼ = 0). The step is checked under both: refuted only where
 * both fail, "ambiguous" where one holds. Read as 0 the claim is "0 = yⱼ − aⱼ", which the checker
 * calls false as an identity without a ✗ (names on one side only); the step itself is an
 * identity, so failing as one is failing there (as in {@link InvertedPartials}). Only names
 * with the layer superscript L (engine {@code acaplj}) whose bare name (engine {@code aj})
 * occurs in C's definition, directly or through names, are read so. Stateless.
 */
final class DroppedLayerScripts {
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([a-z])capl([a-z0-9]{0,3})\\s*\\)");

  /** The step under each reading, with the readings' names for the report. */
  record Readings(List<String> names, Step asBare, Step asOther) {}

  /** One reading's two sides, in the reader's engine syntax. */
  record Step(String lhs, String rhs) {}

  private DroppedLayerScripts() {}

  /** The step's verdict from its verdicts as aⱼ ({@code asBare}) and as another name. */
  static StepVerdict judge(Readings r, StepVerdict asBare, StepVerdict asOther) {
    boolean otherFails = asOther instanceof StepVerdict.Refuted
        || asOther instanceof StepVerdict.NotChecked n
        && n.reason().startsWith(StepChecker.FALSE_AS_IDENTITY);
    if (asBare instanceof StepVerdict.Refuted f && otherFails) {
      return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "read as " + r.names().get(0)
          + " and as " + r.names().get(1) + ": it fails under both" + (f.detail().isEmpty()
          ? "" : "; " + f.detail()));
    }
    if (otherFails && (asBare instanceof StepVerdict.Proved
        || asBare instanceof StepVerdict.Unknown)) { // also where the proof ran out of time
      return new StepVerdict.NotChecked("ambiguous, read as " + r.names().get(0) + " (holds: "
          + PartialWording.without(asBare.evidence()) + ") or as " + r.names().get(1)
          + " (fails: " + PartialWording.without(asOther.evidence()) + ")");
    }
    return PartialReadings.combine(r.names(), List.of(asBare, asOther));
  }

  /** The two readings of the step's first ∂C/∂aᴸⱼ of this kind, or null where there is none. */
  static Readings read(CheckContext ctx, String lhs, String rhs) {
    Matcher m = PD.matcher(lhs + " " + rhs);
    while (m.find()) {
      String top = m.group(1);
      String layered = m.group(2) + "capl" + m.group(3);
      String bare = m.group(2) + m.group(3);
      if (ctx.defines(top) && !ctx.defines(layered) && !ctx.point().containsKey(layered)
          && ctx.definitions().stream().allMatch(d -> d.rhs().isFreeOf(layered))
          && SideResolver.reaches(ctx, top, bare)) {
        Pattern name = Pattern.compile("(?<![A-Za-z0-9])" + layered + "(?![A-Za-z0-9])");
        Pattern partial = Pattern.compile("pd\\(\\s*" + top + "\\s*,\\s*" + layered + "\\s*\\)");
        String shown = LatexNames.readable(layered);
        String as = Matcher.quoteReplacement(bare);
        return new Readings(List.of(shown + " as " + LatexNames.readable(bare) + " of "
            + LatexNames.readable(top) + "'s definition (the layer left off there)", shown
            + " as another name, which " + LatexNames.readable(top) + " does not depend on"),
            new Step(name.matcher(lhs).replaceAll(as), name.matcher(rhs).replaceAll(as)),
            new Step(partial.matcher(lhs).replaceAll("(0)"), partial.matcher(rhs)
                .replaceAll("(0)")));
      }
    }
    return null;
  }
}
