package gradlab.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A value the text says it computed the way it showed before, without showing it: Mazur's
 * "Following the same process for $∂E_{o2}/∂out_{h1}$, we get $∂E_{o2}/∂out_{h1} = -0.019049119$".
 * The quantity is not defined in the text, so the value cannot be checked; it is a value the
 * text states, listed as such (and used by later steps, {@link StatedValues}), not a step that
 * "puts in values". Only a name or a ∂ term equal to one number, and only after prose that says
 * so ("the same process", "similarly", "likewise", "analogously", "in the same way"). Stateless.
 */
final class ValuesComputedAlike {
  /** The note's wording after {@link Substitutions#VALUE}. */
  static final String HOW = " (computed as the text describes, not shown)";
  private static final List<String> CUES = List.of("same process", "same way", "same steps",
      "same procedure", "same manner", "same reasoning", "similarly", "likewise", "analogously",
      "in the same fashion");
  private static final Pattern TERM = Pattern.compile(
      "[A-Za-z][A-Za-z0-9]*|pd\\(\\s*[A-Za-z][A-Za-z0-9]*\\s*,\\s*[A-Za-z][A-Za-z0-9]*\\s*\\)");
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;

  private ValuesComputedAlike() {}

  /** A stated value's verdict (a note) where this applies, else {@code without}. */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict without) {
    if (!(without instanceof StepVerdict.NotChecked) || rel != Relation.EQUAL
        || !TERM.matcher(lhs.strip()).matches() || !NUMBER.matcher(rhs.strip()).matches()
        || run.ctx.defines(lhs.strip()) || !saysComputedAlike(run.paragraph())) {
      return without;
    }
    return new StepVerdict.Proved(Substitutions.VALUE + HOW);
  }

  /** Whether the prose says a value was computed as before ("the same process", "similarly"). */
  static boolean saysComputedAlike(String prose) {
    String p = prose.toLowerCase(Locale.ROOT);
    int sentence = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    String last = sentence < 0 ? p : p.substring(sentence + 1);
    return CUES.stream().anyMatch(last::contains);
  }
}
