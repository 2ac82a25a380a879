package gradlab.check;

import gradlab.math.Catalogue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue function's name given a body the reader cannot read: "where $\sigma$ is the hard
 * sigmoid, $$\sigma(x) = \mathrm{clip}\left(\frac{x + 1}{2}, 0, 1\right)$$" (Hubara et al.'s
 * binarized networks, held30). The line was "not checked: cannot read", and every later step
 * through σ was checked with the catalogue's logistic sigmoid: the true {@code 2 \sigma(x) - 1 =
 * x} on [−1, 1] and {@code \sigma(0.4) = \frac{0.4 + 1}{2}} were refuted. The text gives σ a
 * meaning of its own that the checker does not read, so the steps that use σ after it are not
 * checked (as {@link CatalogueRestatements} does for a body it reads and finds different). A
 * function written in a step before keeps its meaning: the line is then a claim about it.
 * A body that is read but piecewise (max, min, clip: the hard sigmoid read since miss32) and
 * differs from the catalogue's is taken the same way, its body kept for
 * {@link OwnCatalogueBodies}; a smooth body that differs stays a claim. Stateless.
 */
final class UnreadCatalogueBodies {
  private static final Pattern APPLIED = Pattern.compile(
      "\\s*([A-Za-z]+)\\(\\s*([A-Za-z]\\w*)\\s*\\)\\s*");

  /** A piecewise body (clip, max, min): a hard version of the function, never a slip of it. */
  private static final Pattern PIECEWISE = Pattern.compile("(?<![A-Za-z])(?:Max|Min)\\(");

  private UnreadCatalogueBodies() {}

  /** Shows the line as an unread definition and returns true; false if not such a line. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      Relation rel0, List<String> failures) {
    if (!run.latex() || rel0 != Relation.EQUAL || raw.size() < 2 || terms.get(0) == null
        || terms.get(1) != null && !PIECEWISE.matcher(terms.get(1)).find()) {
      return false;
    }
    Matcher m = APPLIED.matcher(terms.get(0));
    if (!m.matches() || Catalogue.function(m.group(1)).filter(f -> f.maxArity() == 1).isEmpty()
        || run.ctx.defines(m.group(2))
        || run.ctx.functionRules().stream().anyMatch(r -> r.name().equals(m.group(1)))) {
      return false;
    }
    Pattern used = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(m.group(1))
        + "\\s*\\(");
    String shown = raw.get(0).strip();
    String head = shown.substring(0, Math.max(0, shown.indexOf('('))).strip();
    if (head.isEmpty() || run.out.stream().anyMatch(s -> (s.lhs() + " " + s.rhs())
        .contains(head + "(") || used.matcher(s.lhs() + " " + s.rhs()).find())) {
      return false; // σ written in a step before: the line is a claim about that σ
    }
    if (terms.get(1) != null) { // σ(x) = clip(…) = max(0, min(1, …)): a hard σ, read
      StepVerdict v = run.budget.run(by -> run.checker.check(run.ctx, terms.get(0),
          Relation.EQUAL, terms.get(1), by));
      if (!(v instanceof StepVerdict.Refuted) || terms.get(1).contains(m.group(1) + "(")) {
        return false; // the catalogue's function restated, or a claim about it
      }
      run.ownBodies.recordInPlace(run, m.group(1), m.group(2), terms.get(1));
    }
    run.unread.putIfAbsent(m.group(1), line);
    run.unreadDefinition(line, raw, terms.get(1) == null ? failures.get(1) : "a piecewise body "
        + "of its own, not the catalogue's " + LatexNames.readable(m.group(1)));
    return true;
  }
}
