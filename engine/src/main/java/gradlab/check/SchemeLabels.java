package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with a name and a colon, "He: for ReLU half the units are off, so
 * $\mathrm{Var}(W) = 2/n_{in}$" after "Xavier (Glorot): $\mathrm{Var}(W) = 2/(n_{in} + n_{out})$":
 * a second scheme, whose value of a name the text defined is a new definition, not a claim that
 * contradicts the first (it was ✗, found by a new user). Labels that only structure an argument
 * ("Proof:", "Solution:", "Step 2:") are not schemes: a wrong value there stays a claim.
 */
final class SchemeLabels {
  private static final Pattern LABEL = Pattern.compile(
      "^\\s*([A-Z][A-Za-z'’-]*)(?:\\s+[A-Z(][A-Za-z'’()-]*){0,3}\\s*:");
  private static final Set<String> STRUCTURE = Set.of("Proof", "Solution", "Step", "Answer",
      "Claim", "Check", "Hence", "So", "Therefore", "Thus", "Then", "Note", "Recall", "Given",
      "Problem", "Exercise", "Question", "Part", "Hint", "Derivation", "Result", "Example");

  private SchemeLabels() {}

  /** Whether the last paragraph of {@code text} (after its last blank line) opens a scheme. */
  static boolean startsScheme(String text) {
    String[] paragraphs = text.split("\\n\\s*\\n");
    Matcher m = LABEL.matcher(paragraphs.length == 0 ? "" : paragraphs[paragraphs.length - 1]);
    return m.find() && !STRUCTURE.contains(m.group(1));
  }
}
