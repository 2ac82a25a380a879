package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values listed "respectively", as d2l states a function at its critical points: "at $x = -1,
 * 0, 2$, where the function takes the values $-5, 0, -32$ respectively". Each pair is a claim
 * f(a) = v about the one function of one variable the text has defined; with none or several
 * defined, which function is meant is not written, and the lists are left as they were (a list
 * of points is not a claim). The planted −13 for f(−1) passed unseen before.
 */
final class RespectiveValues {
  private static final Pattern POINTS = Pattern.compile("\\s*([A-Za-z])\\s*=\\s*(.+?)\\s*");
  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

  private RespectiveValues() {}

  /**
   * Checks each f(a) = v of "{@code seg}: x = a, b, …" and "{@code next}: v, w, …" followed by
   * "respectively" in {@code after}, and returns true; returns false for anything else.
   */
  static boolean checkInPlace(DocumentRun run, MarkdownMath.Segment seg,
      MarkdownMath.Segment next, String after) {
    if (seg.display() || next.display() || !RESPECTIVELY.matcher(after).find()) {
      return false;
    }
    Matcher points = POINTS.matcher(seg.latex());
    if (!points.matches()) {
      return false;
    }
    List<String> at = TopLevel.split(points.group(2).replaceAll("[.;]$", ""), ',');
    List<String> values = TopLevel.split(next.latex().strip().replaceAll("[.;]$", ""), ',');
    List<String> fns = run.unaryFunctions.stream().filter(n -> run.ctx.functionRules().stream()
        .anyMatch(r -> r.name().equals(n))).toList();
    if (at.size() < 2 || at.size() != values.size() || fns.size() != 1) {
      return false;
    }
    String f = fns.get(0);
    for (int k = 0; k < at.size(); k++) {
      String a = at.get(k).strip();
      String v = values.get(k).strip();
      List<String> read = ChainTerms.read(run, List.of(f + "(" + a + ")", v), run.reading(),
          false, next.line()).engine();
      if (read.contains(null)) {
        return false;
      }
      StepVerdict verdict = run.budget.run(by -> run.checker.check(run.ctx, read.get(0),
          Relation.EQUAL, read.get(1), by));
      run.out.add(new StepResult(next.line(), f + "(" + a + ")", Relation.EQUAL, v, verdict,
          ""));
    }
    return true;
  }
}
