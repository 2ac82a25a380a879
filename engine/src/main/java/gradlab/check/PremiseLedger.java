package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of a document read so far, in engine syntax, with the context they were read in:
 * the premises a later step may be checked from ({@link PremiseSteps}). A claim counts as a
 * premise only while it is in scope: the ledger is emptied at a heading, and a claim made at
 * another named point is not offered (one made where fewer names had values is). Owned by one
 * {@link DocumentRun}; not thread-safe.
 * Modified by {@link #addInPlace} and {@link #clearInPlace}.
 */
final class PremiseLedger {
  /**
   * One claim as read.
   *
   * @param line its line
   * @param lhs its left side, engine syntax
   * @param relation its relation
   * @param rhs its right side, engine syntax
   * @param ctx the context it was read in (its named point is its scope)
   * @param verdict its own verdict (a refuted claim is never a premise)
   */
  record Claim(int line, String lhs, Relation relation, String rhs, CheckContext ctx,
      StepVerdict verdict) {}

  private final List<Claim> claims = new ArrayList<>();

  void addInPlace(Claim c) {
    claims.add(c);
  }

  /** How many claims are held: a mark for {@link #forgetSinceInPlace(int)}. */
  int size() {
    return claims.size();
  }

  /** Forgets the claims made since {@code mark} (they held under a condition that ended). */
  void forgetSinceInPlace(int mark) {
    while (claims.size() > mark) {
      claims.remove(claims.size() - 1);
    }
  }

  /** Forgets the claims of {@code line} (an equation the text solved there). */
  void forgetLineInPlace(int line) {
    claims.removeIf(c -> c.line() == line);
  }

  /** Forgets every claim (a heading: the claims of another section are not premises). */
  void clearInPlace() {
    claims.clear();
  }

  /** Every claim held, in the order read, whatever its verdict. */
  List<Claim> all() {
    return List.copyOf(claims);
  }

  /** The claims that may be premises now, most recent first. */
  List<Claim> mostRecentFirst(CheckContext now) {
    List<Claim> out = new ArrayList<>();
    for (int k = claims.size() - 1; k >= 0; k--) {
      Claim c = claims.get(k);
      if (c.relation() == Relation.EQUAL && !(c.verdict() instanceof StepVerdict.Refuted)
          && now.point().entrySet().containsAll(c.ctx().point().entrySet())) {
        // a claim made with fewer values fixed holds where more are (He's (7) at b_{l−1} = 0)
        out.add(c);
      }
    }
    return out;
  }
}
