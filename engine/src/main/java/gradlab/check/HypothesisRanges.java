package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hypothesis the text states ({@code 0 < y < 1}, {@code |w| < 1}): listed as assumed, never
 * checked, and where it bounds one undefined name, that name's sampled range. A name put between
 * two numbers is a number: {@code p(1 - q)} of such names is a product, never p applied (a KL
 * of two Bernoullis "for $0 < p < 1$ and $0 < q < 1$" was "not checked: ambiguous, p(…) as a
 * product or as p applied"); a name with one bound keeps both readings (a function may be
 * stated positive).
 * Not yet read: a list of names between the bounds ({@code 0 < p, q < 1}).
 */
final class HypothesisRanges {
  private static final Pattern NAME = EngineNames.NAME;
  private static final Pattern ABS_NAME = Pattern.compile("Abs\\(([A-Za-z][A-Za-z0-9]*)\\)");

  private HypothesisRanges() {}

  /** Records a hypothesis; a chain lo < name < hi (or one bound) restricts name's domain. */
  static void assumeInPlace(DocumentRun run, int line, ChainSplitter.Chain c, String raw) {
    bound(run, c);
    run.implied.hypotheses.noteInPlace(run, line, c, raw); // a > b: a point must keep it
    run.out.add(new StepResult(line, raw.strip(), Relation.EQUAL, "", null, "assumption"));
    run.untaken.unknownValues.assumedInPlace(run, line, raw); // "assume a = g(z)": a depends on z
  }

  /** Where the chain lo &lt; name &lt; hi (or one bound) bounds one undefined name: its range. */
  static void bound(DocumentRun run, ChainSplitter.Chain c) {
    List<String> t = c.terms();
    Double lo = null;
    Double hi = null;
    String name = null;
    boolean loOpen = true;
    boolean hiOpen = true;
    for (int k = 0; k < t.size() && Hypotheses.allInequalities(c.relations()); k++) {
      String e = run.read(t.get(k));
      Matcher abs = e == null ? null : ABS_NAME.matcher(e);
      if (abs != null && abs.matches() && !run.ctx.defines(abs.group(1)) && t.size() == 2) {
        // |w| < 1: w in (−1, 1)
        Double bound = k == 0 && isLess(c.relations().get(0)) ? number(run, t.get(1))
            : k == 1 && !isLess(c.relations().get(0)) ? number(run, t.get(0)) : null;
        if (bound != null && bound > 0) {
          name = abs.group(1);
          lo = -bound;
          hi = bound;
          loOpen = isStrict(c.relations().get(0));
          hiOpen = loOpen;
        }
        break;
      }
      if (e != null && NAME.matcher(e).matches() && !run.ctx.defines(e)) {
        name = e;
        boolean less = k > 0 && isLess(c.relations().get(k - 1));
        Double before = k > 0 ? number(run, t.get(k - 1)) : null;
        Double after = k + 1 < t.size() ? number(run, t.get(k + 1)) : null;
        if (before != null) {
          boolean open = isStrict(c.relations().get(k - 1));
          if (less) {
            lo = before;
            loOpen = open;
          } else {
            hi = before;
            hiOpen = open;
          }
        }
        if (after != null) {
          boolean open = isStrict(c.relations().get(k));
          if (isLess(c.relations().get(k))) {
            hi = after;
            hiOpen = open;
          } else {
            lo = after;
            loOpen = open;
          }
        }
        break;
      }
    }
    if (name != null) {
      PointsOutside.endInPlace(run, name, lo, loOpen, hi, hiOpen);
    }
    double[] interval = Hypotheses.interval(lo, hi);
    if (name != null && interval != null) {
      run.ctx = run.ctx.withDomain(run.ctx.domain().with(name, interval[0], interval[1]));
    }
    if (name != null && interval != null && lo != null && hi != null) {
      run.quantity(name); // between two numbers: a number, so p(1 - q) is a product
    }
  }

  private static boolean isStrict(Relation r) {
    return r == Relation.LESS || r == Relation.GREATER;
  }

  private static boolean isLess(Relation r) {
    return r == Relation.LESS || r == Relation.LESS_EQUAL;
  }

  private static Double number(DocumentRun run, String term) {
    try {
      String e = run.read(term);
      return e == null || !run.engine.freeSymbols(run.engine.eval(e)).isEmpty() ? null
          : run.engine.numeric(run.engine.eval(e), java.util.Map.of());
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
