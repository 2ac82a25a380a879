package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free index of a step that names a member of a family, or of a variable a family is defined
 * over: after {@code p_i = \frac{e^{z_i}}{\sum_{k=1}^{K} e^{z_k}}}, the z_j of
 * {@code \frac{\partial p_i}{\partial z_j}} is one of z₁ … z_K (the definition runs over z by its
 * own index and its Σ's), as p_i is one of p₁ … p_K. Written out for a size, such a letter takes
 * each pattern of members ({@link IndexedSteps#patterns}); left a name of its own, z_j made
 * ∂p_i/∂z_j "not defined" and ∂L/∂z_j "z_j occurs nowhere in the definitions" (the softmax
 * Jacobian and the cross-entropy gradient, the course's most common derivation). A letter the
 * text gives a value or defines is no index.
 */
final class LinkedMembers {
  /** A name with a one-letter subscript: z_j, z_{j}, \mathbf{z}_j, \hat{y}_j. */
  private static final Pattern NAMED = Pattern.compile(
      "((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+|(?<![A-Za-z\\\\])[A-Za-z])"
      + "\\s*_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z]))");

  private LinkedMembers() {}

  /** The bases whose members the families name: their own and those their right sides index. */
  static Set<String> bases(IndexedFamilies families) {
    Set<String> out = new LinkedHashSet<>();
    for (IndexedFamilies.Family f : families.members()) {
      out.add(f.base());
      Set<String> indices = new LinkedHashSet<>(IndexedFacts.indices(f.rhs()));
      indices.add(f.letter());
      Matcher m = NAMED.matcher(f.rhs());
      while (m.find()) {
        String sub = m.group(2) != null ? m.group(2) : m.group(3);
        if (indices.contains(sub)) {
          out.add(m.group(1).replaceAll("\\s+", ""));
        }
      }
    }
    out.removeIf(b -> b.matches("\\\\(sum|prod|exp|log|ln|limits|max|min)"));
    return out;
  }

  /**
   * The free index letters of {@code l = r} that subscript one of the {@link #bases}: no index
   * of the step's own Σ, no letter the text defines or gives a value.
   */
  static Set<String> letters(DocumentRun run, String l, String r) {
    Set<String> bases = bases(run.indexed);
    Set<String> out = new LinkedHashSet<>();
    if (bases.isEmpty()) {
      return out;
    }
    Set<String> indices = IndexedFacts.indices(l, r);
    Matcher m = NAMED.matcher(l + " " + r);
    while (m.find()) {
      String sub = m.group(2) != null ? m.group(2) : m.group(3);
      if (bases.contains(m.group(1).replaceAll("\\s+", "")) && !indices.contains(sub)) {
        out.add(sub);
      }
    }
    out.removeIf(letter -> {
      String name = LatexReader.read(letter, run.reading()).engineSyntax();
      return run.ctx.defines(name) || run.ctx.point().containsKey(name);
    });
    return out;
  }
}
