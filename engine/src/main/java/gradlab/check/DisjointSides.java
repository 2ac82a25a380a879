package gradlab.check;

import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a relation's sides, with the text's definitions put in, share no free name. Such a
 * relation holds as an identity only where both sides are one constant, so a text that writes
 * one between names on both sides ("$1 - u_+ = u_-$", "since $1 - p = q$", "the minimum is
 * where $w x = y$") means particular values that satisfy it, a relation between its
 * quantities: false at a random point, it is "not checked", never refuted (a lecturer's
 * "\text{since } 1-u_+ = u_-" of the two roots u± was ✗ at u₊ = 0.50, u₋ = −0.84). A side with
 * no free name (one number) is the case this always covered. Only a relation that writes no
 * name the text defines is read so: "y = σ(z₂)" after "y = b²" is a claim about the text's y,
 * and is refuted as before (the redefinition of a bare "y = a4" is decided after that ✗).
 * Stateless.
 */
final class DisjointSides {
  private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]*");

  private DisjointSides() {}

  /**
   * Whether {@code left} and {@code right} (free names of each side, definitions put in) have
   * no name in common, where the step as written ({@code written}) names nothing {@code ctx}
   * defines; or where one side has no free name at all.
   */
  static boolean apart(CheckContext ctx, String written, Set<String> left, Set<String> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return true;
    }
    return Collections.disjoint(left, right) && NAME.matcher(written).results()
        .noneMatch(m -> ctx.defines(m.group()));
  }
}
