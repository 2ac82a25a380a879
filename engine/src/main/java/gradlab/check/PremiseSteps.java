package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step that uses quantities the text never defines (∂C/∂a of a cost C it never writes out;
 * δ defined as ∂C/∂z; p₁ named at the end of a claim, "∂lse/∂x₁ = e^{x₁}/(e^{x₁} + e^{x₂}) =
 * p₁"), checked from the earlier claims of the same document that share them,
 * taken as premises: Nielsen's (75) ∂C/∂a = (a − y)/(a(1 − a)) follows from (72)
 * ∂C/∂b = a − y and (74) ∂C/∂b = ∂C/∂a · a(1 − a). The premises (at most {@value #MAX}, most
 * recent first, in scope: same section and same named point, not refuted) are solved for the
 * opaque quantities by affine elimination ({@link AffineElimination}); the values are put into
 * the step, which is then checked as usual. A step that follows is "✓ follows from lines …
 * (earlier claims taken as premises; …)": the premises themselves are not proved by it. A step
 * that fails is refuted only where every premise was used, the solution is the only one (no
 * coefficient divided by is zero at the point), and the checker confirms the difference; its
 * evidence names the premises and the values they give. Premises that contradict each other
 * leave the step not checked, with why; a step that only repeats a premise is not checked
 * ("restates line 7"). Stateless.
 */
final class PremiseSteps {
  static final int MAX = 4;
  /** The start of the detail of a refutation through premises. */
  static final String DOES_NOT_FOLLOW = "does not follow from ";
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern NAME = EngineNames.NAME;
  static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*"
      + "(?![A-Za-z0-9(])");

  private PremiseSteps() {}

  /** One premise as used: the claim, its sides with opaque ∂ terms renamed, its unknowns. */
  record Premise(PremiseLedger.Claim claim, String lhs, String rhs, Set<String> opaque) {}

  /**
   * The verdict from the earlier claims, else the chain rule named ({@link ChainRuleSteps}),
   * else {@code otherwise}.
   */
  static StepVerdict orChainRule(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict otherwise) {
    StepVerdict v;
    try {
      v = verdict(run, lhs, rel, rhs);
    } catch (RuntimeException e) {
      v = null;
    }
    if (v != null && !(v instanceof StepVerdict.NotChecked n && !n.reason().startsWith(
        "restates"))) {
      return v;
    }
    if (rel == Relation.EQUAL) {
      String means = null;
      int meansLine = 0;
      for (PremiseLedger.Claim c : run.premises.mostRecentFirst(run.ctx)) {
        if (c.lhs().strip().equals(lhs.strip()) && NAME.matcher(lhs.strip()).matches()
            && !run.ctx.defines(lhs.strip()) && PD.matcher(c.rhs().strip()).matches()) {
          means = c.rhs();
          meansLine = c.line();
        }
      }
      StepVerdict chain = ChainRuleSteps.verdict(run, lhs, rhs, means, meansLine);
      if (chain != null) {
        return chain;
      }
    }
    return v != null ? v : otherwise;
  }

  /**
   * The verdict on {@code lhs = rhs} (engine syntax) from the earlier claims, or null where no
   * earlier claim shares its opaque quantities or the premises do not decide it.
   */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs) {
    if (rel != Relation.EQUAL) {
      return null;
    }
    Map<String, Boolean> opaquePartials = new HashMap<>();
    List<PremiseLedger.Claim> candidates = run.premises.mostRecentFirst(run.ctx);
    Set<String> lhsNames = new LinkedHashSet<>();
    candidates.forEach(c -> lhsNames.add(c.lhs().strip()));
    // "d lse/dx1 = exp(x1)/(exp(x1) + exp(x2)) = p1": a bare name the text writes at the end of
    // a claim names that quantity as a left side does; p1 + p2 = 1 then relates the two
    candidates.forEach(c -> lhsNames.add(c.rhs().strip()));
    lhsNames.add(lhs.strip());
    String l = rename(run, lhs, opaquePartials);
    String r = rename(run, rhs, opaquePartials);
    Set<String> want = opaque(run, l + " " + r, lhsNames);
    if (want.isEmpty()) {
      return null;
    }
    for (PremiseLedger.Claim c : candidates) { // the same claim again proves nothing
      if (same(rename(run, c.lhs(), opaquePartials), rename(run, c.rhs(), opaquePartials), l, r)
          && !(c.verdict() instanceof StepVerdict.Proved)) {
        return new StepVerdict.NotChecked("restates line " + c.line() + ", which is not "
            + (c.verdict() instanceof StepVerdict.Unknown ? "proved" : "checked"));
      }
    }
    List<Premise> chosen = new ArrayList<>();
    boolean grew = true;
    while (grew && chosen.size() < MAX) {
      grew = false;
      for (PremiseLedger.Claim c : candidates) {
        if (chosen.size() >= MAX || chosen.stream().anyMatch(p -> p.claim() == c)) {
          continue;
        }
        String pl = rename(run, c.lhs(), opaquePartials);
        String pr = rename(run, c.rhs(), opaquePartials);
        Set<String> has = opaque(run, pl + " " + pr, lhsNames);
        if (has.stream().noneMatch(want::contains)) {
          continue;
        }
        chosen.add(new Premise(c, pl, pr, has));
        want.addAll(has);
        grew = true;
      }
    }
    return chosen.isEmpty() ? null : decide(run, l, r, chosen, want);
  }

  private static StepVerdict decide(DocumentRun run, String l, String r, List<Premise> chosen,
      Set<String> unknowns) {
    List<Expr> equations = new ArrayList<>();
    List<String> preferred = new ArrayList<>();
    List<Premise> read = new ArrayList<>();
    boolean unread = false;
    for (Premise p : chosen) {
      Expr e = difference(run, p.lhs(), p.rhs());
      if (e == null) {
        unread = true;
        continue;
      }
      equations.add(e);
      preferred.add(unknowns.contains(p.lhs().strip()) ? p.lhs().strip() : null);
      read.add(p);
    }
    if (equations.isEmpty()) {
      return null;
    }
    AffineElimination.Result solved;
    try {
      solved = AffineElimination.solve(run.engine, equations, preferred, unknowns);
    } catch (RuntimeException e) {
      return null;
    }
    if (solved.contradiction() >= 0) {
      PremiseLedger.Claim odd = read.get(solved.contradiction()).claim();
      // "line 24 does not hold given line 24" (a TA): name the claim, which shares its line
      return new StepVerdict.NotChecked("the earlier claims taken as premises contradict each "
          + "other (" + odd.lhs().strip() + " " + odd.relation().symbol() + " "
          + odd.rhs().strip() + ", line " + odd.line() + ", does not hold given the other "
          + "claims of " + lines(read.subList(0, solved.contradiction())) + ")");
    }
    if (solved.values().isEmpty()) {
      return null;
    }
    List<Premise> used = solved.used().stream().map(read::get).toList();
    CheckContext given = run.ctx;
    for (Map.Entry<String, Expr> v : solved.values().entrySet()) {
      given = given.withDefinition(new Definition(v.getKey(), v.getValue()));
    }
    CheckContext at = given;
    StepVerdict v = run.budget.run(by -> run.checker.check(at, l, Relation.EQUAL, r, by));
    String from = lines(used) + " (earlier claims taken as premises" + notProved(used) + ")";
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved("follows from " + from + ": "
          + p.how());
      case StepVerdict.Unknown u when !u.undecided() -> new StepVerdict.Unknown(u.samples(),
          u.tolerance(), "holds at " + u.samples() + " random points given " + from
          + ", not proved");
      case StepVerdict.Refuted f when solved.values().keySet().stream()
          .anyMatch(LatexStatistics::isMoment) && !(run.budget.run(by -> run.checker.check(
          ZeroMeans.of(run, at, l + " " + r + " " + solved.values()), l, Relation.EQUAL, r, by))
          instanceof StepVerdict.Refuted) -> new StepVerdict.NotChecked(DOES_NOT_FOLLOW
          + from + " alone, but it may with the means 0, which texts state in words");
      case StepVerdict.Refuted f when used.stream().map(Premise::claim)
          .anyMatch(SelfReferentialEquations::is) -> new StepVerdict.NotChecked(DOES_NOT_FOLLOW
          + from + ", but an equation with its name on both sides may be an update (v = βv + "
          + "(1 − β)g), which the later steps need not satisfy");
      case StepVerdict.Refuted f -> {
        StepVerdict corrected = PremiseRefutations.correction(run.prose, l, used)
            .orElse(PremiseRefutations.unprovedSameSide(l, used));
        yield corrected != null ? corrected
            : PremiseRefutations.refuted(run, f, from, solved, unread, l + " " + r, at, used);
      }
      default -> null;
    };
  }

  /** lhs − rhs of a premise with the text's definitions put in; null where not read. */
  private static Expr difference(DocumentRun run, String lhs, String rhs) {
    try {
      Expr a = run.checker.resolve(run.ctx, lhs, true);
      Expr b = run.checker.resolve(run.ctx, rhs, true);
      if (!a.equals(run.checker.resolve(run.ctx, lhs, false))
          || !b.equals(run.checker.resolve(run.ctx, rhs, false))) {
        return null; // ∂ read locally and as a total derivative differ: two readings
      }
      return run.engine.substitute(run.engine.eval("premiseleft - premiseright"), Map.of(
          "premiseleft", a, "premiseright", b));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** ∂A/∂B that the text's definitions do not give, written as one value of its own. */
  static String rename(DocumentRun run, String side, Map<String, Boolean> opaque) {
    Matcher m = PD.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String top = m.group(1);
      String var = m.group(2);
      boolean unknown = opaque.computeIfAbsent(top + "," + var, k -> {
        if (top.equals(var) || run.functions.contains(top)) {
          return false; // ∂u₂/∂x of a function the text defines: local or total, never a value
        }
        try {
          run.checker.resolve(run.ctx, "pd(" + top + ", " + var + ")", true);
          run.checker.resolve(run.ctx, "pd(" + top + ", " + var + ")", false);
          return false;
        } catch (RuntimeException e) {
          return true;
        }
      });
      m.appendReplacement(b, Matcher.quoteReplacement(unknown
          ? OpaqueDerivatives.name(top, var) : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * The opaque quantities in {@code text}: ∂ terms renamed, and names the text never defines
   * that stand alone on the left of a claim (δ, after δ = ∂C/∂z could not be read).
   */
  private static Set<String> opaque(DocumentRun run, String text, Set<String> lhsNames) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String n = m.group();
      if (n.startsWith(OpaqueDerivatives.PREFIX) || (NAME.matcher(n).matches()
          && !run.ctx.defines(n) && !run.ctx.point().containsKey(n)
          && (run.unread.containsKey(n) || lhsNames.contains(n)
          || LatexStatistics.isMoment(n)))) { // He's Var[y_l], E[x_l²] = Var + E²
        out.add(n);
      }
    }
    return out;
  }

  private static boolean same(String pl, String pr, String l, String r) {
    String a = (pl + "=" + pr).replace(" ", "");
    return a.equals((l + "=" + r).replace(" ", "")) || a.equals((r + "=" + l).replace(" ", ""));
  }

  static String lines(List<Premise> ps) {
    List<String> ls = ps.stream().map(p -> String.valueOf(p.claim().line())).distinct().toList();
    return (ls.size() == 1 ? "line " : "lines ") + String.join(", ", ls);
  }

  private static String notProved(List<Premise> used) {
    List<Premise> open = used.stream().filter(p -> !(p.claim().verdict()
        instanceof StepVerdict.Proved)).toList();
    if (open.isEmpty()) {
      return "; each proved above";
    }
    return "; " + lines(open) + (open.stream().map(p -> p.claim().line()).distinct().count() == 1
        ? " is" : " are") + " not proved";
  }
}
