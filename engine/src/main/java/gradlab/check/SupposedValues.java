package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A supposition that gives a named point another value, "Suppose instead x = 2.", "If $x$ were
 * $3$ instead, …": the point's value no longer holds for what follows, though the supposed one is
 * not the text's either ({@link Counterfactuals}). The point forgets the name, and the values
 * computed at it, so that a claim after the supposition, "u = 4" under x = 2, is "not checked"
 * rather than ✗ at the text's earlier x = 1 (found this round: a true step refuted). The name
 * is bound again where the text states it again. Stateless.
 */
final class SupposedValues {
  /** What a name, its subscript braces and the maths delimiters around it are read as. */
  private static final Pattern NOISE = Pattern.compile("[${}_\\\\]");

  private SupposedValues() {}

  /** Forgets each named point whose name {@code sentence} mentions. */
  static void forgetInPlace(DocumentRun run, String sentence) {
    if (sentence == null) {
      return;
    }
    String words = NOISE.matcher(sentence).replaceAll("");
    List<String> mentioned = new ArrayList<>();
    for (String name : run.ctx.point().keySet()) {
      String bare = NOISE.matcher(name).replaceAll("");
      if (!bare.isEmpty() && Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(bare)
          + "(?![A-Za-z0-9])").matcher(words).find()) {
        mentioned.add(name);
      }
    }
    for (String name : mentioned) {
      run.ctx = run.ctx.withoutPoint(name);
    }
    if (!mentioned.isEmpty()) {
      run.values.clear(); // values computed at the old point no longer hold
    }
  }
}
