package gradlab.check;

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
 * When a step that fails given its premises ({@link PremiseSteps}) is refuted, and how the
 * refutation reads: only where every cited premise was solved for, no coefficient divided by is
 * zero at the point, and no other earlier claim that the point evaluates fully fails there; the
 * evidence names the premises and the values they give, and the summary names the premises
 * that are not proved, since the wrong step may be one of them. Stateless.
 */
final class PremiseRefutations {
  private static final Pattern NOT_PROVED = Pattern.compile("; (lines? [0-9, ]+) (?:is|are) not "
      + "proved\\)");

  private PremiseRefutations() {}

  /** A refutation stands only if every premise was used and the solution is the only one. */
  static StepVerdict refuted(DocumentRun run, StepVerdict.Refuted f, String from,
      AffineElimination.Result solved, boolean unread, String step, CheckContext given,
      List<PremiseSteps.Premise> used) {
    if (unread || solved.partial()) {
      return new StepVerdict.NotChecked("not decided from the earlier claims: some of them "
          + "could not be solved for the quantities the text does not define");
    }
    for (Expr c : solved.coefficients()) {
      double x;
      try {
        x = run.engine.numeric(c, f.point());
      } catch (RuntimeException e) {
        x = Double.NaN;
      }
      if (!Double.isFinite(x) || Math.abs(x) < 1e-9) {
        return new StepVerdict.NotChecked("the earlier claims on " + PremiseSteps.lines(used) + " do not "
            + "fix the quantities the text does not define where the step fails");
      }
    }
    PremiseLedger.Claim broken = violated(run, f.point(), given, used);
    if (broken != null) {
      return new StepVerdict.NotChecked(PremiseSteps.DOES_NOT_FOLLOW + PremiseSteps.lines(used) + " alone (earlier claims "
          + "taken as premises), but where it fails (" + shown(f.point()) + ") line "
          + broken.line() + " does not hold, a relation the checker does not solve for; the "
          + "step may follow with it");
    }
    StringBuilder values = new StringBuilder();
    solved.values().forEach((k, v) -> {
      if (PremiseSteps.WORD.matcher(step).results().anyMatch(m -> m.group().equals(k))) {
        values.append(values.length() == 0 ? "" : ", ").append(LatexNames.readable(k))
            .append(" = ").append(readable(v.unicode()));
      }
    });
    return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), PremiseSteps.DOES_NOT_FOLLOW + from
        + (values.length() == 0 ? "" : ": given them, " + values)
        + (f.detail().isEmpty() ? "" : "; " + f.detail()));
  }

  /**
   * A step the prose calls a correction ("Oops, sign: ∂p₁/∂z₂ = −p₁p₂" after ∂p₁/∂z₂ = p₁p₂)
   * of what an unproved premise states: the premise is the one the writer takes back, so the
   * step is not refuted from it (a new user's true correction was ✗). Without such words the
   * same left side written again is a rewriting (Nielsen's "the equation becomes"), refuted
   * from the line before with that line named as the other suspect.
   */
  static java.util.Optional<StepVerdict> correction(String prose, String lhs,
      List<PremiseSteps.Premise> used) {
    if (!CORRECTION_WORDS.matcher(prose).find()) {
      return java.util.Optional.empty();
    }
    return used.stream().filter(p -> !(p.claim().verdict() instanceof StepVerdict.Proved)
        && p.lhs().strip().equals(lhs.strip())).findFirst().map(PremiseRefutations::contradicts);
  }

  /**
   * A step that fails only given a premise not checked at all, stating the same left side
   * differently (∂C/∂z = 3a σ(z), then ∂C/∂z = 3a σ′(z)): one of the two is wrong, and the
   * checker cannot tell which (a new user's true correction was ✗ from the wrong line before it). Null if none.
   */
  static StepVerdict unprovedSameSide(String lhs, List<PremiseSteps.Premise> used) {
    // a premise that held where sampled, or is the chain rule (unknown), is evidence; where the
    // one premise is a restatement not checked at all, the step may be the right one
    if (used.size() != 1 || !(used.get(0).claim().verdict() instanceof StepVerdict.NotChecked)) {
      return null; // from two or more claims (He's Var[y] chain) the step is still refuted
    }
    return used.get(0).lhs().strip().equals(lhs.strip()) ? contradicts(used.get(0)) : null;
  }

  /** "contradicts line N, which states ∂C/∂z differently and is not proved: …". */
  private static StepVerdict contradicts(PremiseSteps.Premise p) {
    return new StepVerdict.NotChecked(CONTRADICTS + p.claim().line() + ", which states "
        + readable(p.claim().lhs().strip().replaceAll("^pd\\((\\w+),\\s*(\\w+)\\)$",
            "∂$1/∂$2")) + " differently and is not proved: one of the two is wrong");
  }

  static final String CONTRADICTS = "contradicts line ";
  private static final Pattern CORRECTION_WORDS = Pattern.compile("(?i)\\b(?:oops|correction|"
      + "corrected|wait|actually|sorry|should (?:be|read)|i mean|fixed|fixing|instead|rather|"
      + "mistake|typo|wrong)\\b");

  /**
   * An earlier claim, not a premise and not proved, that fails at {@code point} with the
   * premises' values put in (σ(z)(1 − σ(z)) = a(1 − a) where the step fails at a point off it):
   * a relation of the step's names the text states, under which the step may hold. Claims
   * with a name the point does not give are not looked at. Null if none.
   */
  private static PremiseLedger.Claim violated(DocumentRun run, Map<String, Double> point,
      CheckContext given, List<PremiseSteps.Premise> used) {
    Map<String, Boolean> opaquePartials = new HashMap<>();
    for (PremiseLedger.Claim c : run.premises.mostRecentFirst(run.ctx)) {
      if (c.verdict() instanceof StepVerdict.Proved || used.stream().anyMatch(p -> p.claim()
          == c)) {
        continue;
      }
      try {
        Expr a = run.checker.resolve(given, PremiseSteps.rename(run, c.lhs(), opaquePartials), true);
        Expr b = run.checker.resolve(given, PremiseSteps.rename(run, c.rhs(), opaquePartials), true);
        Set<String> names = new LinkedHashSet<>(run.engine.freeSymbols(a));
        names.addAll(run.engine.freeSymbols(b));
        if (names.isEmpty() || !point.keySet().containsAll(names)) {
          continue;
        }
        double x = run.engine.numeric(a, point);
        double y = run.engine.numeric(b, point);
        if (!(Math.abs(x - y) <= 1e-9 * (1 + Math.abs(x) + Math.abs(y)))) {
          return c;
        }
      } catch (RuntimeException e) {
        // a claim the checker cannot read here relates nothing it could test
      }
    }
    return null;
  }

  /** A point with the text's names: "a = 0.502498, y = -0.84". */
  private static String shown(Map<String, Double> point) {
    return PointText.of(point);
  }

  /** Engine names in a formula written as the text writes them (partialofCwrta → ∂C/∂a). */
  private static String readable(String formula) {
    return PremiseSteps.WORD.matcher(formula).replaceAll(m -> Matcher.quoteReplacement(LatexNames.readable(
        m.group())));
  }

  /**
   * " (or one of its unchecked premises, lines 11, 21)" for a step refuted through premises
   * that are not proved, else "": the wrong step may be a premise instead.
   */
  static String uncheckedPremises(StepVerdict v) {
    if (v instanceof StepVerdict.Refuted f && f.detail().startsWith(PremiseSteps.DOES_NOT_FOLLOW)) {
      Matcher m = NOT_PROVED.matcher(f.detail());
      if (m.find()) {
        return " (or one of its unchecked premises, " + m.group(1) + ")";
      }
    }
    return "";
  }
}
