package gradlab.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report with no claim at all, where the text did write relations: every one was taken as a
 * definition, a given value or an assumption. The summary says so, so that "0 proved, 0 refuted,
 * 0 unknown, 0 not checked" never stands alone after a student wrote what they meant as a claim
 * (a new user's D(L, z) = σ(z) + y was read as defining D, and the report said nothing).
 */
final class DefinitionsOnly {
  private DefinitionsOnly() {}

  /** The summary line, or "" where some step is a claim or nothing was read at all. */
  static String line(List<StepResult> steps) {
    if (steps.isEmpty() || steps.stream().anyMatch(StepResult::isClaim)) {
      return "";
    }
    String lines = steps.stream().map(s -> String.valueOf(s.line())).distinct()
        .collect(Collectors.joining(", "));
    return "no claim checked: every relation was read as a definition, a given or an assumption "
        + "(line" + (lines.contains(",") ? "s " : " ") + lines + "); a claim is a relation about "
        + "names already defined, such as a derivative written after its function";
  }
}
