package gradlab.check;

import java.util.regex.Pattern;

/**
 * A second formula for a name the text defined, given as another author's or method's: PyTorch's
 * SGD note defines {@code v_{t+1} = \mu * v_{t} + g_{t+1}} and goes on "This is in contrast to
 * Sutskever et al., whose update is {@code v_{t+1} = \mu * v_{t} + \text{lr} * g_{t+1}}". Read
 * as a restatement, the second was checked against the first and refuted (lead35, once
 * {@code \text{lr}} was read as a name). Where the prose right before it contrasts ("in contrast
 * to", "unlike", "whereas", "as opposed to", "differs from", "whose update is", "et al.'s
 * form"; anywhere since the last display, inline math and all) such a formula is "not
 * checked": a rival definition, not a claim about the first.
 * Words that restate ("equivalently", "written another way") are not among them. Stateless.
 */
final class RivalFormulas {
  private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(in contrast|by contrast|"
      + "contrasts? with|unlike|whereas|as opposed to|differs? from|whose (update|rule|"
      + "formulation|definition) is|et al\\.?'s (form|formulation|version|update|rule))\\b");

  private RivalFormulas() {}

  /**
   * "Not checked" where the link {@code rawL = …} gives a name the text defines (or a member
   * of a family it defines) another formula right after contrasting words; null otherwise.
   */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rawL) {
    String before = run.paragraph() + " " + run.prose; // since the last display, $v$ and all
    if (rel != Relation.EQUAL || !CONTRAST.matcher(before).find()
        || !(run.ctx.defines(lhs.strip()) || run.indexed.defines(rawL.strip()))) {
      return null;
    }
    return new StepVerdict.NotChecked("the text gives " + ReportedTerms.readable(rawL.strip())
        + " another formula after contrasting words (\"" + contrast(before) + "\"): "
        + "another method's definition, not a restatement of the first");
  }

  private static String contrast(String prose) {
    var m = CONTRAST.matcher(prose);
    return m.find() ? m.group(1) : "";
  }
}
