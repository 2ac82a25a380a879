package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a text's word for a structured matrix ("symmetric", "diagonal", "orthogonal") can matter
 * to a step of the matrix reading ({@link MatrixDefinitions}): the random values drawn there are
 * general, so a step that fails only at them may hold for the structured ones. A matrix is drawn
 * only for a name read as a matrix (a capital); a step of vectors and scalars alone meets none of
 * these words, except orthogonality between vectors, which is a condition random vectors do not
 * meet. Cosine similarity's "the gradient is orthogonal to a" had kept a wrong vector step
 * unrefuted. Stateless.
 */
final class StructureWords {
  private StructureWords() {}

  /**
   * Whether the matrix reading of {@code left = right} draws a matrix (a name read as a matrix,
   * after the text's definitions are put in); true where it cannot tell.
   */
  static boolean drawsAMatrix(String left, String right, MatrixScope scope) {
    Map<String, MatrixExpr.Kind> kinds = new LinkedHashMap<>();
    try {
      MatrixNames.collect(MatrixParser.parse(left, scope), kinds);
      MatrixNames.collect(MatrixParser.parse(right, scope), kinds);
    } catch (RuntimeException e) {
      return true;
    }
    return kinds.containsValue(MatrixExpr.Kind.MATRIX);
  }

  /**
   * Whether {@code text} may say that vectors are orthogonal: ⊥ anywhere, or a sentence with an
   * orthogonality word ("orthogonal", "orthonormal", "perpendicular") that names a formula before
   * the word ("$u$ and $v$ are orthogonal"), states a condition (if, let, suppose, assume, where,
   * for, given, …), or speaks of a set ("orthogonal vectors", "mutually orthogonal"); in a text
   * without $…$ (plain text, whose names are not marked) any such word. Not: a property stated
   * of a result in words, "The gradient is orthogonal to $a$, since …".
   */
  static boolean mayStateOrthogonalVectors(String text) {
    if (PERPENDICULAR_SIGN.matcher(text).find()) {
      return true;
    }
    if (!text.contains("$")) {
      return ORTHOGONAL_WORD.matcher(text).find();
    }
    String masked = FORMULA.matcher(text).replaceAll(" \\$F\\$ ");
    for (String sentence : SENTENCE_END.split(masked)) {
      java.util.regex.Matcher word = ORTHOGONAL_WORD.matcher(sentence);
      if (word.find() && (sentence.substring(0, word.start()).contains("$F$")
          || CONDITION.matcher(sentence).find() || ORTHOGONAL_SET.matcher(sentence).find())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern PERPENDICULAR_SIGN = Pattern.compile("⊥|\\\\perp(?![A-Za-z])");
  private static final Pattern ORTHOGONAL_WORD = Pattern.compile(
      "(?i)\\b(orthogonal|orthonormal|perpendicular)");
  /** A formula, display or inline, with its delimiters. */
  private static final Pattern FORMULA = Pattern.compile("\\$\\$[^$]*\\$\\$|\\$[^$]*\\$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)|\\n\\s*\\n");
  private static final Pattern CONDITION = Pattern.compile("(?i)\\b(if|when|whenever|suppose|"
      + "assume|assuming|assumed|let|given|provided|where|for|with|such that|any|every|all)\\b");
  /** "orthogonal vectors", "orthonormal columns", "mutually orthogonal", "to each other". */
  private static final Pattern ORTHOGONAL_SET = Pattern.compile("(?i)\\b(?:orthogonal|orthonormal"
      + "|perpendicular)\\s+(?:vectors?|columns?|rows?|basis|bases|set|directions?|to each other"
      + "|to one another)|\\b(?:mutually|pairwise)\\s+(?:orthogonal|orthonormal|perpendicular)");
}
