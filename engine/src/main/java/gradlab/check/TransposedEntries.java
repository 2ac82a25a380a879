package gradlab.check;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry of a matrix written with its indices swapped: with {@code \vec{y}_3 = \sum_{i=1}^{D}
 * \vec{x}_i W_{i,3}} defined, the wrong {@code \frac{\partial \vec{y}_3}{\partial \vec{x}_7} =
 * W_{3,7}} (Learned-Miller's row-vector case, where W_{7,3} is right) was "not checked: W₃₇ is
 * not defined in the text": W₃₇ is another entry of the matrix whose entries the definition
 * uses as free numbers, W₇₃ among them, so it is a free number of the text too, and a step that
 * differs at it is false unless the matrix is symmetric. The text saying a matrix is symmetric
 * (or diagonal, orthogonal) is read in {@link #guard}: the swapped entry is then never a ✗.
 * An entry whose twin the text defines by a formula (H₂₁ = ∂²f/∂x₂∂x₁ of a Hessian) or gives a
 * value, or whose matrix the text uses across rows and columns, is not taken. Stateless.
 */
final class TransposedEntries {
  /** An engine name with two one-digit indices: capw37 of W_{3,7} (or W_{37}), x12 of x_{12}. */
  private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+?)([1-9])([1-9])");

  private TransposedEntries() {}

  /**
   * The names among {@code undefined} whose twin with the two indices swapped is a free name of
   * the text (in {@code textNames}, neither defined nor given a value).
   */
  static Set<String> freeEntries(Set<String> undefined, Set<String> textNames,
      CheckContext ctx) {
    Set<String> out = new TreeSet<>();
    for (String name : undefined) {
      String twin = twin(name);
      if (twin != null && textNames.contains(twin) && !ctx.defines(twin)
          && !ctx.point().containsKey(twin) && oneLine(twin, textNames)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Whether the text's entries of {@code twin}'s matrix all lie in one row or in one column (a
   * row or column of a linear map, y₃ = Σᵢ xᵢWᵢ₃): entries across rows and columns may be a
   * quadratic form written for a symmetric matrix (q = A₁₁x₁² + 2A₁₂x₁x₂ + A₂₂x₂²), where the
   * swapped entry is the same number.
   */
  private static boolean oneLine(String twin, Set<String> textNames) {
    Matcher t = ENTRY.matcher(twin);
    if (!t.matches()) {
      return false;
    }
    boolean row = true;
    boolean column = true;
    for (String n : textNames) {
      Matcher m = ENTRY.matcher(n);
      if (m.matches() && m.group(1).equals(t.group(1))) {
        row = row && m.group(2).equals(t.group(2));
        column = column && m.group(3).equals(t.group(3));
      }
    }
    return row || column;
  }

  /**
   * {@code v}, or "not checked" where it refutes at a swapped entry of a matrix and the text
   * says some matrix is symmetric, diagonal or orthogonal.
   */
  static StepVerdict guard(DocumentRun run, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || !run.matrices.saysStructured()) {
      return v;
    }
    for (String name : f.point().keySet()) {
      String twin = twin(name);
      if (twin != null && f.point().containsKey(twin)) {
        return new StepVerdict.NotChecked("read as " + LatexNames.readable(name) + " or "
            + LatexNames.readable(twin) + ": the sides differ where they differ, but the text "
            + "says a matrix is symmetric, diagonal or orthogonal, where they are equal");
      }
    }
    return v;
  }

  /** capw73 of capw37; null for a name that is not two distinct one-digit indices. */
  private static String twin(String name) {
    Matcher m = ENTRY.matcher(name);
    return m.matches() && !m.group(2).equals(m.group(3))
        ? m.group(1) + m.group(3) + m.group(2) : null;
  }
}
