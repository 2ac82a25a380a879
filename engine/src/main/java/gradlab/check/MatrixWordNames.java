package gradlab.check;

import java.util.Set;

/**
 * A name written as a word or a calligraphic letter, for the matrix reading: ESL's ridge
 * criterion {@code \mathrm{RSS} = (\mathbf{y} - \mathbf{X}\mathbf{b})^T(\mathbf{y} -
 * \mathbf{X}\mathbf{b}) + \lambda\mathbf{b}^T\mathbf{b}} and Wen et al.'s
 * {@code \mathcal{L}_C = \frac{1}{2}\|\boldsymbol{x} - \boldsymbol{c}\|_2^2} were "definition
 * through products or transposes of vectors or matrices, not read", so the gradients after them
 * were never decided. Read as a name: {@code \mathrm}, {@code \text} or {@code \operatorname}
 * of two or more capitals (RSS, MSE, NLL), and {@code \mathcal} of one letter. Not read: a
 * word followed by a bracket ({@code \mathcal{N}(…)}, {@code \mathrm{KL}(q \| p)}: a function
 * applied), lower-case words ({@code \mathrm{tr}}, {@code \mathrm{diag}}: operators) and one
 * upright letter ({@code \mathrm{d}}, {@code \mathrm{T}}: a differential, a transpose).
 * Stateless.
 */
final class MatrixWordNames {
  private static final Set<String> WORDS = Set.of("mathrm", "text", "operatorname");

  private MatrixWordNames() {}

  /**
   * The name shown for {@code \command{word}} at the cursor (just after the command), which
   * passes it; else null, the cursor where it was.
   */
  static String at(LatexCursor c, String command) {
    boolean calligraphic = command.equals("mathcal");
    if (!(calligraphic || WORDS.contains(command)) || c.peek() != '{') {
      return null;
    }
    int at = c.position();
    String word = c.rawGroup().strip();
    int after = c.position();
    c.skipSpacing();
    boolean applied = c.peek() == '(' || c.peek() == '[' || c.startsWith("\\left");
    c.reset(after);
    if (applied || !(calligraphic ? word.matches("[A-Z]") : word.matches("[A-Z]{2,}"))) {
      c.reset(at);
      return null;
    }
    return "\\" + command + "{" + word + "}";
  }
}
