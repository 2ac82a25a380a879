package gradlab.check;

import gradlab.symbolic.Definition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step with ∂ under each of its readings (the local partial, each restatement of the
 * quantity, the total derivative), combined by {@link PartialReadings}. Moved out of
 * {@link StepChecker} (pure movement). Stateless beyond the one-reading check it is given.
 */
final class PartialReadingSteps {
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  /** One reading's check: {@code localPartials} reads ∂ of a direct argument locally. */
  interface Reading {
    StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs,
        boolean localPartials, Instant proofBy);
  }

  private final Reading reading;

  PartialReadingSteps(Reading reading) {
    this.reading = reading;
  }

  StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs,
      Instant proofBy) {
    DroppedLayerScripts.Readings layer = DroppedLayerScripts.read(ctx, lhs, rhs);
    if (layer != null) { // ∂C/∂aᴸⱼ of C = ½Σ(yⱼ − aⱼ)²: aᴸⱼ as aⱼ, or as another name
      DroppedLayerScripts.Step bare = layer.asBare();
      DroppedLayerScripts.Step other = layer.asOther();
      return DroppedLayerScripts.judge(layer, check(ctx, bare.lhs(), rel, bare.rhs(), proofBy),
          check(ctx, other.lhs(), rel, other.rhs(), proofBy));
    }
    StepVerdict local = reading.check(ctx, lhs, rel, rhs, true, proofBy);
    if (!(lhs + rhs).contains("pd(")) {
      return local;
    }
    if (local instanceof StepVerdict.Unknown && !Instant.now().isBefore(proofBy)) {
      // the sides agree; only a proof under another reading could add to that, and no time is
      // left for one (with one reading not refuted, the step cannot be refuted)
      return local;
    }
    List<String> names = new ArrayList<>(List.of("∂ of a direct argument as the local partial"));
    List<StepVerdict> all = new ArrayList<>(List.of(local));
    Matcher m = PD.matcher(lhs + " " + rhs);
    Set<String> tops = new HashSet<>();
    while (m.find()) {
      tops.add(m.group(1));
    }
    for (Definition d : ctx.restatements()) {
      if (tops.contains(d.name())) {
        names.add(d.name() + " as restated");
        all.add(reading.check(ctx.reading(d), lhs, rel, rhs, true, proofBy));
      }
    }
    if (!sameSides(ctx, lhs, rhs)) { // the total reading differs from the local one here
      names.add("∂ as total derivatives");
      all.add(reading.check(ctx, lhs, rel, rhs, false, proofBy));
    }
    return PartialReadings.combine(names, all);
  }

  /** Whether ∂ read locally and as total derivatives are one reading in this step. */
  private static boolean sameSides(CheckContext ctx, String lhs, String rhs) {
    return SideResolver.oneReadingOfPartials(ctx, lhs) && SideResolver.oneReadingOfPartials(ctx,
        rhs);
  }
}
