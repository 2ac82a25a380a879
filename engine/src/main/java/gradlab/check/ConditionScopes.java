package gradlab.check;

import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A plain-text claim checked under the condition of its own line ({@link PlainConditions}):
 * "for x < 0: d/dx x/(1 - x) = …" is sampled only where x &lt; 0, as {@link HypothesisClaims}
 * does for LaTeX. The condition holds for that line alone: the domain, the named points, the
 * hypotheses and the premises are as before afterwards, and a definition under it is not taken
 * (it is one case of a definition by cases). Soundness: a ✗ stands only at a point where every
 * comparison of the condition holds (evaluated there, the text's definitions put in); otherwise
 * the step is "not checked". The line had been "not checked: a statement under a condition in
 * words" (ConditionInWordsInPlainTextTest), and before that refuted outside its condition.
 */
final class ConditionScopes {
  static final String ROW = "condition of this line";
  /** Draws for names of the condition a refutation's point does not give. */
  private static final int DRAWS = 400;

  /** One comparison: its sides in engine syntax and as typed, its operator (<, >, ≤, ≥, ≠). */
  record Pair(String left, String op, String right, String typedLeft, String typedRight) {}

  private ConditionScopes() {}

  /**
   * Reads {@code text} as a claim under its condition where it is one: true when read (the
   * claim through {@code claimReader}), false where the line is not one or its condition is not
   * a comparison of names and numbers the reader can evaluate.
   */
  static boolean readInPlace(DocumentRun run, int line, String text, Consumer<String> claimReader) {
    PlainConditions.Conditioned c = PlainConditions.parse(text);
    List<Pair> pairs = c == null ? null : pairs(run, c);
    if (pairs == null) {
      return false;
    }
    CheckContext before = run.ctx;
    StatedHypotheses.Mark mark = run.implied.hypotheses.mark();
    int premises = run.premises.size();
    Map<String, Expr> removed = new LinkedHashMap<>();
    run.out.add(new StepResult(line, c.raw(), Relation.EQUAL, "", null, ROW));
    Domain d = ConditionBounds.domain(run, pairs, removed);
    if (d == null) {
      run.notChecked(line, c.claim(), "no point satisfies its condition " + c.raw()
          + " as read, so the claim is not sampled");
      return true;
    }
    run.ctx = run.ctx.withDomain(d);
    removed.keySet().forEach(n -> run.ctx = run.ctx.withoutPoint(n));
    ConditionBounds.noteInPlace(run, line, pairs);
    int from = run.out.size();
    try {
      String put = run.cases.regions.underPlainCondition(c.claim(), c.raw());
      claimReader.accept(put == null ? c.claim() : put); // f′(x) of f typed by cases (PlainCases)
      for (int k = from; k < run.out.size(); k++) {
        StepResult r = run.out.get(k);
        if (r.verdict() != null) {
          run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
              under(run, pairs, c.raw(), r.verdict()), r.note()));
        }
      }
      CaseDefinitions.unreadInPlace(run, from, c.raw()); // "f(x) = x for x > 0": one case
      unreadDefinitionsInPlace(run, from, c.raw());
    } finally {
      run.ctx = run.ctx.withDomain(before.domain());
      for (Map.Entry<String, Expr> e : removed.entrySet()) {
        run.ctx = run.ctx.withPoint(e.getKey(), e.getValue());
      }
      run.implied.hypotheses.restoreInPlace(mark);
      run.premises.forgetSinceInPlace(premises); // held under the condition only
    }
    return true;
  }

  /** The comparisons of the condition in engine syntax, or null where one cannot be read. */
  private static List<Pair> pairs(DocumentRun run, PlainConditions.Conditioned c) {
    List<Pair> out = new ArrayList<>();
    for (PlainConditions.Comparison cmp : c.condition()) {
      for (int k = 0; k < cmp.ops().size(); k++) {
        if (cmp.ops().get(k).equals(",")) {
          continue;
        }
        String l = side(run, cmp.terms().get(k));
        String r = side(run, cmp.terms().get(k + 1));
        if (l == null || r == null) {
          return null;
        }
        out.add(new Pair(l, cmp.ops().get(k), r, absForm(cmp.terms().get(k)),
            absForm(cmp.terms().get(k + 1))));
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** A side in engine syntax ({@code |w|} as abs(w)), or null unless a number or names. */
  private static String side(DocumentRun run, String typed) {
    String e = run.read(absForm(typed));
    if (e == null) {
      return null;
    }
    try {
      Set<String> free = run.engine.freeSymbols(run.engine.eval(e));
      return free.stream().anyMatch(n -> run.functions.contains(n)) ? null : e;
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** {@code |w|} as abs(w), the way the engine reads it. */
  private static String absForm(String typed) {
    return typed.strip().replaceAll("^\\|\\s*(.*?)\\s*\\|$", "abs($1)");
  }

  /** The verdict under the condition: a ✗ only where the condition holds at its point. */
  private static StepVerdict under(DocumentRun run, List<Pair> pairs, String raw, StepVerdict v) {
    String note = "under " + raw;
    return switch (v) {
      case StepVerdict.Refuted f -> holdsAt(run, pairs, f.point())
          ? new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), f.detail().isEmpty() ? note
              : f.detail() + "; " + note)
          : new StepVerdict.NotChecked("fails only at a point outside its condition " + raw
              + " (" + f.evidence() + "), or no point satisfying it was found");
      case StepVerdict.Proved p -> new StepVerdict.Proved(p.how() + ", " + note);
      case StepVerdict.Unknown u when !u.undecided() && u.reason().isEmpty() ->
          new StepVerdict.Unknown(u.samples(), u.tolerance(), "holds at " + u.samples()
              + " random points " + note + ", not proved");
      default -> v;
    };
  }

  /**
   * Whether every comparison holds at {@code point} with the text's definitions and named
   * points put in; names the point does not give are drawn (seeded) until all hold.
   */
  static boolean holdsAt(DocumentRun run, List<Pair> pairs, Map<String, Double> point) {
    List<Expr[]> sides = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    try {
      for (Pair p : pairs) {
        Expr l = inline(run, p.left());
        Expr r = inline(run, p.right());
        sides.add(new Expr[] {l, r});
        for (Expr e : List.of(l, r)) {
          run.engine.freeSymbols(e).stream().filter(n -> !point.containsKey(n))
              .forEach(missing::add);
        }
      }
    } catch (RuntimeException e) {
      return false;
    }
    Random random = new Random(20261204L);
    for (int d = 0; d < (missing.isEmpty() ? 1 : DRAWS); d++) {
      Map<String, Double> at = new HashMap<>(point);
      for (String n : missing) {
        double[] i = run.ctx.domain().intervals().getOrDefault(n, new double[] {-3, 3});
        at.put(n, i[0] + (i[1] - i[0]) * random.nextDouble());
      }
      if (allHold(run, pairs, sides, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allHold(DocumentRun run, List<Pair> pairs, List<Expr[]> sides,
      Map<String, Double> at) {
    for (int k = 0; k < pairs.size(); k++) {
      try {
        double l = run.engine.numeric(sides.get(k)[0], at);
        double r = run.engine.numeric(sides.get(k)[1], at);
        if (!Double.isFinite(l) || !Double.isFinite(r) || !holds(pairs.get(k).op(), l, r)) {
          return false;
        }
      } catch (RuntimeException e) {
        return false;
      }
    }
    return true;
  }

  static boolean holds(String op, double l, double r) {
    return switch (op) {
      case "<" -> l < r;
      case ">" -> l > r;
      case "≤" -> l <= r;
      case "≥" -> l >= r;
      case "≠" -> l != r;
      default -> false;
    };
  }

  private static Expr inline(DocumentRun run, String side) {
    Expr e = run.ctx.asDefinitions().inline(run.engine, run.engine.eval(side));
    return run.ctx.point().isEmpty() ? e : run.engine.substitute(e, run.ctx.point());
  }

  /** A name defined under the condition is one case of a definition: not taken. */
  private static void unreadDefinitionsInPlace(DocumentRun run, int from, String raw) {
    for (int k = from; k < run.out.size(); k++) {
      StepResult r = run.out.get(k);
      if (r.verdict() == null && r.note().equals("definition")) {
        String read = run.read(r.lhs());
        String name = read == null ? r.lhs().strip() : read;
        run.ctx = run.ctx.withoutDefinitions(Set.of(name));
        run.unread.put(name, r.line());
        run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
            new StepVerdict.NotChecked("defined only under its condition " + raw + ", one case "
                + "the reader does not take as a definition"), ""));
      }
    }
  }
}
