package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a maximum is attained, in the words students use: {@code $\max(\sigma'(z)) = 0.25$ when
 * $z = 0.5$} (seed 1's worked solution). The value is a claim of its own; "when z = 0.5" claims
 * that the expression takes that value there, and is checked as {@code σ'(z) = 0.25} at z = 0.5
 * (before, z = 0.5 was only a named point, and the wrong place of the maximum passed).
 */
final class ExtremumPoints {
  private static final Pattern WHEN = Pattern.compile(
      "(?i)\\s*(when|at|for|attained at|reached at|achieved at|which is attained at)\\s*");
  private static final Pattern EXTREMUM = Pattern.compile(
      "\\s*\\\\(?:max|min)(?![A-Za-z])\\s*(?:_\\s*\\{?\\s*([A-Za-z])\\s*\\}?)?\\s*(.+?)\\s*",
      Pattern.DOTALL);
  private static final Pattern POINT = Pattern.compile("\\s*([A-Za-z])\\s*=\\s*(-?\\d+(\\.\\d+)?)"
      + "\\s*[.,;]?\\s*");

  private ExtremumPoints() {}

  /** Checks "… when z = a" after a max claim and returns true, or returns false. */
  static boolean checkInPlace(DocumentRun run, MarkdownMath.Segment before,
      MarkdownMath.Segment seg) {
    if (before.display() || seg.display() || !WHEN.matcher(seg.prose()).matches()) {
      return false;
    }
    Matcher point = POINT.matcher(seg.latex());
    ChainSplitter.Chain claim = ChainSplitter.split(before.latex());
    if (!point.matches() || claim.terms().size() != 2
        || claim.relations().get(0) != Relation.EQUAL) {
      return false;
    }
    Matcher ext = EXTREMUM.matcher(claim.terms().get(0));
    if (!ext.matches() || ext.group(1) != null && !ext.group(1).equals(point.group(1))) {
      return false;
    }
    String body = RowStatements.unbracketedAny(ext.group(2).replaceAll("\\\\left\\s*\\(", "(")
        .replaceAll("\\\\right\\s*\\)", ")"));
    String value = claim.terms().get(1).strip();
    List<String> read = ChainTerms.read(run, List.of(body, value), run.reading(), false,
        seg.line()).engine();
    if (read.contains(null)) {
      return false;
    }
    String var = point.group(1);
    CheckContext at = run.ctx.withPoint(var, run.engine.eval(point.group(2)));
    StepVerdict v = run.budget.run(by -> run.checker.check(at, read.get(0), Relation.EQUAL,
        read.get(1), by));
    if (v instanceof StepVerdict.Refuted r) {
      v = new StepVerdict.Refuted(r.point(), r.lhs(), r.rhs(), "the value " + value + " is not "
          + "attained at " + var + " = " + point.group(2));
    } else if (!(v instanceof StepVerdict.Proved)) {
      return false;
    }
    run.out.add(new StepResult(seg.line(), body.strip() + " (at " + var + " = " + point.group(2)
        + ")",
        Relation.EQUAL, value, v, ""));
    return true;
  }
}
