package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function typed in plain text by cases ({@link PlainCases}), called in a claim at the text's
 * named point: {@code f(z) = z if z > 0, f(z) = 0.01*z if z <= 0}, then "w = 2, x = -1, b = 0.5"
 * and {@code f(z) = -0.015} with {@code z = w*x + b}. Where the point (with the text's
 * definitions put in) gives the argument a value strictly inside one case's region (by two
 * evaluators, not on its boundary), f there, and near there, is that case's formula, so the claim
 * is read with the formula put in (its derivative {@code f'(z)} too: the region is open around
 * the point). On a boundary, where a case's condition has a name the point does not give, or
 * where no point is named, nothing is replaced ("the text gives f no rule that is read", as
 * before).
 */
final class PlainCasesAtPoints {
  private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(<|>|≤|≥)\\s*(.+)$");
  /** How far from the boundary, relative to the sides, the value must lie. */
  private static final double APART = 1e-9;

  private PlainCasesAtPoints() {}

  /** {@code text} with such calls replaced, or null where it has none decided at the point. */
  static String rewritten(DocumentRun run, String text) {
    if (run.ctx.point().isEmpty()) {
      return null;
    }
    String out = run.cases.regions.atPlainPoint(text, c -> strictly(run, c));
    return out == null || out.equals(text) ? null : out;
  }

  /** Whether the condition holds at the point with its value off the boundary. */
  private static boolean strictly(DocumentRun run, String condition) {
    Matcher m = COMPARISON.matcher(condition.strip());
    if (!m.matches()) {
      return false;
    }
    try {
      Expr l = at(run, m.group(1));
      Expr r = at(run, m.group(3));
      if (l == null || r == null || !run.engine.freeSymbols(l).isEmpty()
          || !run.engine.freeSymbols(r).isEmpty()) {
        return false;
      }
      double a = run.engine.numeric(l, Map.of());
      double b = run.engine.numeric(r, Map.of());
      double c = run.engine.value(l, Map.of());
      double d = run.engine.value(r, Map.of());
      double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
      if (!Double.isFinite(a) || !Double.isFinite(b) || Math.abs(a - b) <= APART * scale
          || Math.abs((a - b) - (c - d)) > APART * scale) {
        return false;
      }
      boolean below = m.group(2).equals("<") || m.group(2).equals("≤");
      return below ? a < b : a > b;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A side of the condition with the text's definitions and point put in; null if unread. */
  private static Expr at(DocumentRun run, String typed) {
    String e = run.read(typed.strip().replaceAll("^\\|\\s*(.*?)\\s*\\|$", "abs($1)"));
    if (e == null) {
      return null;
    }
    Expr x = run.ctx.asDefinitions().inline(run.engine, run.engine.eval(e));
    return run.engine.substitute(x, run.ctx.point());
  }
}
