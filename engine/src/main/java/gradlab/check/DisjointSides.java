package gradlab.check;

import java.util.Collections;
import java.util.Set;

/**
 * Whether a relation's sides, with the text's definitions put in, share no free name. Such a
 * relation holds as an identity only where both sides are one constant, so a text that writes
 * one between names on both sides ("$1 - u_+ = u_-$", "since $1 - p = q$", "the minimum is
 * where $w x = y$") means particular values that satisfy it, a relation between its
 * quantities: false at a random point, it is "not checked", never refuted (a lecturer's
 * "\text{since } 1-u_+ = u_-" of the two roots u± was ✗ at u₊ = 0.50, u₋ = −0.84). A side with
 * no free name (one number) is the case this always covered. Stateless.
 */
final class DisjointSides {
  private DisjointSides() {}

  /** Whether {@code left} and {@code right} (free names of each side) have no name in common. */
  static boolean apart(Set<String> left, Set<String> right) {
    return Collections.disjoint(left, right);
  }
}
