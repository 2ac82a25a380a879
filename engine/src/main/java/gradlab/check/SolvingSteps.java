package gradlab.check;

import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Solving an equation in one line, the way maxima are found: {@code f'(x) = 1 - 3x = 0 \implies
 * x = 1/3}. The premise's links before its last are a computation, not a hypothesis, and are
 * checked as claims when its first term is a derivative; its last link {@code 1 - 3x = 0} is the
 * condition. The conclusion {@code x = v} is read as "v solves the condition": substituted back
 * it is proved; where it does not solve it, it is refuted only at a point where the condition
 * holds (a root found by a sign change and bisection, confirmed by the second evaluator), so an
 * equation without a real solution never refutes anything. One unknown only; anything else
 * stays "part of an implication", not checked.
 */
final class SolvingSteps {
  private static final Pattern DERIVATIVE = Pattern.compile(
      "\\\\frac\\s*\\{\\s*(d|\\\\partial|\\\\mathrm\\{d\\})|\\\\partial|\\\\nabla|'|′");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final Pattern NAME = Pattern.compile("[A-Za-z]\\w*");
  private static final double SCAN = 20;
  private static final int STEPS = 4000;

  private SolvingSteps() {}

  /**
   * A premise {@code D = E = 0} whose first term is a derivative: {@code D = E} is checked as a
   * claim and {@code E = 0} shown as the condition; a premise {@code P = Q} before a conclusion
   * {@code x = …} is shown as the condition. False for any other statement.
   */
  static boolean premiseInPlace(DocumentRun run, int line, String statement, String next) {
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    List<String> raw = c.terms();
    if (next == null || raw.size() < 2
        || c.relations().stream().anyMatch(r -> r != Relation.EQUAL)) {
      return false;
    }
    ChainSplitter.Chain after = ChainSplitter.split(next);
    if (raw.size() == 2 && NAME.matcher(raw.get(0).strip()).matches()
        && NumberPatterns.DECIMAL_ANY_MINUS.matcher(raw.get(1).strip()).matches()
        && !run.ctx.defines(raw.get(0).strip())
        && !after.terms().get(0).strip().equals(raw.get(0).strip())) {
      return false; // "z=0 -> p = 0.5": a point for the claim after it, not an equation in z
    }
    boolean solving = after.terms().size() == 2 && after.relations().get(0) == Relation.EQUAL
        && NAME.matcher(after.terms().get(0).strip()).matches()
        || !SolvedRootAlternatives.of(next).isEmpty(); // "=> x = 0 or x = 2"
    if (raw.size() >= 3 && DERIVATIVE.matcher(raw.get(0)).find()) {
      int cut = statement.lastIndexOf(raw.getLast().strip()); // its own line breaks kept
      run.chain(line, statement.substring(0, cut).replaceAll("\\s*=\\s*$", ""), true, false,
          null);
    } else if (raw.size() != 2 || !solving) {
      return false;
    }
    run.out.add(new StepResult(line, raw.get(raw.size() - 2).strip(), Relation.EQUAL,
        raw.getLast().strip(), null, "condition (the premise of ⟹)"));
    return true;
  }

  /**
   * The nearest statement before ({@code step} −1) or after (+1) statement {@code j} of a row
   * that is part of the same implication, without its marks; null where there is none.
   */
  static String neighbour(List<String> statements, int j, int step) {
    for (int k = j + step; k >= 0 && k < statements.size(); k += step) {
      String s = statements.get(k);
      if (!s.startsWith(RowStatements.CONDITIONAL)) {
        return null;
      }
      String bare = s.replace(RowStatements.CONDITIONAL, "").replace(RowStatements.EQUIVALENT, "")
          .strip();
      if (!bare.isEmpty()) {
        return bare;
      }
    }
    return null;
  }

  /**
   * A conclusion {@code x = v} after a premise whose last link is an equation in x alone:
   * checked as "v solves it". False (not handled) for anything else.
   */
  static boolean conclusionInPlace(DocumentRun run, int line, String premise, String statement) {
    if (premise == null) {
      return false;
    }
    List<String> p = ChainSplitter.split(premise).terms();
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    if (p.size() < 2 || c.terms().size() != 2 || c.relations().get(0) != Relation.EQUAL
        || ChainSplitter.split(premise).relations().getLast() != Relation.EQUAL) {
      return false;
    }
    ChainTerms eq = ChainTerms.read(run, List.of(p.get(p.size() - 2), p.getLast()),
        run.reading(), false, line);
    ChainTerms solved = ChainTerms.read(run, c.terms(), run.reading(), false, line);
    String x = solved.engine().get(0);
    if (!eq.ambiguities().isEmpty() || !solved.ambiguities().isEmpty() || x == null
        || !NAME.matcher(x).matches() || run.ctx.defines(x) || eq.engine().contains(null)
        || solved.engine().get(1) == null) {
      return false;
    }
    SymbolicEngine engine = run.engine;
    Expr left;
    Expr right;
    try { // d/dw (w − 3)² taken, definitions and functions put in
      left = run.checker.resolve(run.ctx, eq.engine().get(0), true);
      right = run.checker.resolve(run.ctx, eq.engine().get(1), true);
    } catch (RuntimeException e) {
      return false;
    }
    String written = c.terms().get(1).strip();
    Expr value = DECIMAL.matcher(written).matches() // 0.25 as 25/100, exact when substituted
        ? engine.eval(new java.math.BigDecimal(written).unscaledValue() + "/"
            + java.math.BigInteger.TEN.pow(new java.math.BigDecimal(written).scale()))
        : engine.eval(solved.engine().get(1));
    Set<String> free = new java.util.HashSet<>(engine.freeSymbols(left));
    free.addAll(engine.freeSymbols(right));
    boolean cancelled = false;
    if (value.isNumber() && !free.equals(Set.of(x))) { // a + 4√(2p) = a + 2: a cancels
      Expr gap = engine.simplify(engine.apply("Subtract", left, right));
      cancelled = Set.copyOf(engine.freeSymbols(gap)).equals(Set.of(x));
      if (cancelled) {
        left = gap;
        right = engine.apply("Subtract", gap, gap);
        free = Set.of(x);
      }
    }
    if (!value.isNumber() || !free.equals(Set.of(x))) {
      return false;
    }
    Expr totalLeft;
    Expr totalRight;
    try {
      totalLeft = run.checker.resolve(run.ctx, eq.engine().get(0), false);
      totalRight = run.checker.resolve(run.ctx, eq.engine().get(1), false);
      if (cancelled) {
        totalLeft = engine.simplify(engine.apply("Subtract", totalLeft, totalRight));
        totalRight = right;
      }
    } catch (RuntimeException e) {
      return false;
    }
    SecondEvaluator second = new SecondEvaluator(engine);
    // ∂ as the local partial and as the total derivative must agree (or: not handled)
    try {
      if (!identity(second, x, left, totalLeft) || !identity(second, x, right, totalRight)) {
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    if (identity(second, x, left, right)) {
      return false; // f(x) = x² − 4 restated: every x "solves" it, so it is no condition
    }
    StepVerdict verdict = verdict(engine, x, left, right, value, written);
    if (verdict == null) {
      return false;
    }
    run.out.add(new StepResult(line, c.terms().get(0).strip(), Relation.EQUAL,
        c.terms().get(1).strip(), verdict, ""));
    return true;
  }

  private static StepVerdict verdict(SymbolicEngine engine, String x, Expr left, Expr right,
      Expr value, String written) {
    Expr l = engine.simplify(engine.substitute(left, Map.of(x, value)));
    Expr r = engine.simplify(engine.substitute(right, Map.of(x, value)));
    String condition = engine.named(left).unicode() + " = " + engine.named(right).unicode();
    if (l.isNumber() && r.isNumber() && l.equals(r)) {
      double v = value.toDouble();
      for (double other : roots(engine, x, left, right)) {
        if (Math.abs(other - v) > 1e-6 * Math.max(1, Math.abs(v))) { // x² = 4 ⟹ x = 2
          return new StepVerdict.Unknown(1, 0, LatexNames.readable(x) + " = " + written
              + " solves " + condition + ", and so does " + LatexNames.readable(x) + " ≈ "
              + shown(other) + ": it follows only where the text rules that out");
        }
      }
      return new StepVerdict.Proved("substituted into " + condition + ", both sides are "
          + l.unicode());
    }
    SecondEvaluator second = new SecondEvaluator(engine);
    double v = value.toDouble();
    double lv = second.precise(left, Map.of(x, v));
    double rv = second.precise(right, Map.of(x, v));
    if (!Double.isFinite(lv) || !Double.isFinite(rv)) {
      return null;
    }
    double scale = Math.max(1, Math.max(Math.abs(lv), Math.abs(rv)));
    if (Math.abs(lv - rv) <= 1e-12 * scale) {
      return new StepVerdict.Unknown(1, 1e-12, "substituted into " + condition
          + ", the sides agree to 12 digits");
    }
    List<Double> roots = roots(engine, x, left, right);
    double halfUnit = DECIMAL.matcher(written).matches() ? 0.5 * Math.pow(10, -(written.length()
        - written.indexOf('.') - 1)) : 0;
    for (double root : roots) {
      if (halfUnit > 0 && Math.abs(root - v) <= halfUnit * (1 + 1e-9)) {
        return new StepVerdict.Proved(condition + " holds at " + LatexNames.readable(x) + " = "
            + shown(root) + ", which is " + written + " to the digits written");
      }
    }
    for (double root : roots) {
      double lr = second.precise(left, Map.of(x, root));
      double rr = second.precise(right, Map.of(x, root));
      double rootScale = Math.max(1, Math.max(Math.abs(lr), Math.abs(rr)));
      if (Math.abs(lr - rr) <= 1e-9 * rootScale
          && Math.abs(root - v) > Math.max(1e-6 * Math.max(1, Math.abs(v)), 2 * halfUnit)) {
        return new StepVerdict.Refuted(Map.of(x, root), root, v, condition + " holds at "
            + LatexNames.readable(x) + " = " + shown(root) + "; at "
            + LatexNames.readable(x) + " = " + written + " its sides are "
            + shown(lv) + " and " + shown(rv));
      }
    }
    return null; // no solution found: the implication may hold vacuously
  }

  /**
   * Whether left = right holds at three fixed points (an identity, not an equation to solve);
   * a point where neither side is defined (√x at x = −1.21) is skipped, one defined point is
   * needed.
   */
  private static boolean identity(SecondEvaluator second, String x, Expr left, Expr right) {
    int agreed = 0;
    for (double at : new double[] {0.37, -1.21, 2.53}) {
      double l = second.value(left, Map.of(x, at));
      double r = second.value(right, Map.of(x, at));
      if (!Double.isFinite(l) && !Double.isFinite(r)) {
        continue;
      }
      if (!Double.isFinite(l) || !Double.isFinite(r)
          || Math.abs(l - r) > 1e-9 * Math.max(1, Math.abs(l))) {
        return false;
      }
      agreed++;
    }
    return agreed > 0;
  }

  /**
   * Inline solving across prose: "Setting $\frac{d}{dw}(w-3)^2 = 0$ gives $w = 2$" — the second
   * formula after a word of consequence is checked as a solution of the first's last link.
   */
  static boolean inlineConclusionInPlace(DocumentRun run, MarkdownMath.Segment before,
      MarkdownMath.Segment seg) {
    boolean solved = !before.display() && !seg.display()
        && CONSEQUENCE.matcher(seg.prose()).matches()
        && ChainSplitter.split(before.latex()).relations().stream()
            .allMatch(r -> r == Relation.EQUAL)
        && conclusionInPlace(run, seg.line(), before.latex(), seg.latex());
    if (solved) { // "Setting $f'(x) = 0$ gives …": the equation is solved, not a standing
      run.conditions.solvedInPlace(before.line()); // condition for the steps after it
      run.premises.forgetLineInPlace(before.line());
    }
    return solved;
  }

  private static final Pattern CONSEQUENCE = Pattern.compile("(?i)[\\s,]*(?:which\\s+)?"
      + "(?:gives|yields|we get|we find|get|so|hence|thus|then|therefore|implies|and so|and "
      + "hence|so that|⟹|⇒|(?:is\\s+)?solved\\s+(?:when|by|for|at))\\s*");

  /** The real solutions of left = right found in [−20, 20] (sign changes, bisected). */
  private static List<Double> roots(SymbolicEngine engine, String x, Expr left, Expr right) {
    CompiledFunction f;
    try {
      f = new CompiledFunction(new Compiler(engine).compile(new Definitions(List.of()),
          List.of(engine.named(left), engine.named(right)), List.of(x)));
    } catch (RuntimeException e) {
      return List.of();
    }
    List<Double> out = new java.util.ArrayList<>();
    double prevX = -SCAN;
    double prev = gap(f, prevX);
    for (int k = 1; k <= STEPS && out.size() < 8; k++) {
      double at = -SCAN + 2 * SCAN * k / STEPS;
      double g = gap(f, at);
      if (Double.isFinite(prev) && Double.isFinite(g) && (prev == 0 || prev * g < 0)) {
        out.add(bisect(f, prevX, at, prev));
      }
      prevX = at;
      prev = g;
    }
    return out;
  }

  private static double bisect(CompiledFunction f, double a, double b, double ga) {
    return Bisection.root(m -> gap(f, m), a, b, ga, 200);
  }

  /** A number to six significant digits, without trailing zeros (−1, 0.333333). */
  private static String shown(double v) {
    double r = Math.abs(v - Math.rint(v)) < 1e-9 * Math.max(1, Math.abs(v)) ? Math.rint(v) : v;
    return Digits.compact(r);
  }

  private static double gap(CompiledFunction f, double at) {
    double[] y = f.at(at);
    return y[0] - y[1];
  }
}
