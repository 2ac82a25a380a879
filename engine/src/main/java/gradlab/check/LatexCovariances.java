package gradlab.check;

import gradlab.math.Num;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cov(A, B) of polynomials in the text's names, written through their moments as
 * {@link LatexStatistics} writes E[·] and Var(·): Cov(A, B) = E[AB] − E[A]E[B]. So Cov(X, X)
 * is Var(X), Cov(aX, Y) = a Cov(X, Y) for a constant a, and Cov(X, Y) = 0 where the text states
 * X and Y independent; where it does not, E[XY] is refused by name ("needs independence"), never
 * guessed. It was "cannot read: covariances Cov(…)" in LaTeX and in plain text alike (user37,
 * user38), so a wrong Var(X + Y) = Var(X) + Var(Y) + Cov(X, Y) under stated independence passed.
 */
final class LatexCovariances {
  private LatexCovariances() {}

  /** The Cov at the cursor's bracket, (A, B), read. */
  static String apply(LatexReader r) {
    LatexCursor c = r.cursor();
    c.skipSpacing();
    if (c.peek() != '(' && c.peek() != '[') {
      throw new UnsupportedLatexException("covariances Cov without brackets");
    }
    String inner = c.rawBracket().replaceAll("\\\\right\\s*$", "");
    List<String> args = TopLevel.split(inner, ',');
    if (args.size() != 2) {
      throw new UnsupportedLatexException("covariances Cov(…) of other than two arguments");
    }
    String a = r.readNested(args.get(0));
    String b = r.readNested(args.get(1));
    try {
      return of(r, a, b);
    } catch (UnsupportedLatexException e) {
      // the reader wrote Cov through E[AB]: name what the text wrote, not E[·] or Var(·)
      String why = String.valueOf(e.getMessage());
      int at = why.indexOf("needs independence");
      throw new UnsupportedLatexException(at < 0 ? "covariances Cov(…): " + why
          : "covariances Cov(…) that need the mean of a product of different names: "
              + why.substring(at));
    }
  }

  /** Cov(a, b) of two arguments already in engine syntax. */
  static String of(LatexReader r, String a, String b) {
    Set<String> constants = r.reading().constants();
    Set<String> independence = r.reading().independent();
    Map<Map<String, Integer>, Num> pa = LatexStatistics.polynomial(LatexStatistics.parse(a),
        constants);
    Map<Map<String, Integer>, Num> pb = LatexStatistics.polynomial(LatexStatistics.parse(b),
        constants);
    Map<Map<String, Integer>, Num> out = new java.util.LinkedHashMap<>(
        LatexStatistics.expectation(LatexStatistics.times(pa, pb), independence, constants));
    LatexStatistics.times(LatexStatistics.expectation(pa, independence, constants),
        LatexStatistics.expectation(pb, independence, constants))
        .forEach((m, k) -> out.merge(m, k.negate(), Num::add));
    return LatexStatistics.print(out);
  }
}
