package gradlab.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An equation the text obtains from a condition, not an identity: "Setting its derivative with
 * respect to $f$ to zero gives $$p e^{-f} = (1 - p) e^{f}$$" (Hastie et al.'s population minimizer
 * of the exponential loss) holds only at the minimizing f, yet it was refuted at random p and f
 * as if claimed for every value (a true step ✗). Where the sentence before a relation says it
 * comes from setting something to zero (or equal), equating, solving, or an optimum ("at the
 * minimum", "the first-order condition", "is minimized where"), and the step writes no
 * derivative (which it would compute, an identity), a refutation at values the text never
 * gave is "not checked", and the relation is kept as a condition ({@link StatedConditions}) so
 * that the steps after it ("multiplying both sides by $e^f$, $$p = (1-p) e^{2f}$$") are checked
 * given it ({@link ConditionSteps}). A refutation at the text's own values stands. Stateless.
 */
final class SolvedConditions {
  private static final Pattern FROM_A_CONDITION = Pattern.compile("(?s).*(?:"
      + "\\b(?:setting|set|putting|put)\\b.*(?:\\bto\\s+(?:zero|0)\\b|\\bequal\\b|=\\s*0\\b)"
      + "|\\b(?:equating|equate|equated)\\b"
      + "|\\bsolv(?:e|es|ing|ed)\\b"
      + "|\\b(?:stationary|critical|turning|fixed)\\s+points?\\b"
      + "|\\b(?:first[- ]order|optimality|stationarity|equilibrium|optimum)\\s+conditions?\\b"
      + "|\\bat\\s+(?:the|a|its|an)\\s+(?:minimum|maximum|optimum|minimi[sz]er|maximi[sz]er"
      + "|extremum|equilibrium)\\b"
      + "|\\b(?:minimi[sz]ed|maximi[sz]ed|optimal|extremal|stationary)\\s+(?:where|when|at|if)\\b"
      + "|\\bvanish(?:es)?\\b"
      + "|\\b(?:zero|0)\\s+(?:when|where|if|iff|at|for|exactly)\\b"
      + ").*");

  private SolvedConditions() {}

  /** "is zero for every θ", "vanishes identically": a claim for every value, no condition. */
  private static final Pattern EVERY_VALUE = Pattern.compile("(?s).*(?:\\b(?:for|at|on|over)\\s+"
      + "(?:every|all|any|each)\\b|\\bidentically\\b|\\beverywhere\\b|\\balways\\b).*");

  /** Whether the sentence a relation stands in says it is obtained from a condition. */
  static boolean obtainedFromACondition(String paragraph) {
    String sentence = SentenceScope.lastSentence(paragraph).toLowerCase(Locale.ROOT);
    return FROM_A_CONDITION.matcher(sentence).matches()
        && !EVERY_VALUE.matcher(sentence).matches();
  }

  /**
   * {@code v}, or "not checked" where it refutes, at values the text did not give, an equation
   * its sentence obtains from a condition; the equation is then kept as a condition.
   */
  static StepVerdict guardInPlace(DocumentRun run, int line, String lhs, Relation rel,
      String rhs, String shown, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || rel != Relation.EQUAL
        || !obtainedFromACondition(run.paragraph())
        || EngineDerivatives.written(lhs + " " + rhs)) { // computes it: no condition
      return v; // "the derivative vanishes where: ∂/∂u(ut − u log u) = t − log u": an identity
    }
    List<String> sampled = f.point().keySet().stream()
        .filter(n -> !run.ctx.point().containsKey(n)).sorted().toList();
    if (sampled.isEmpty()) {
      return v; // false at the text's own values, whatever the condition
    }
    run.conditions.addInPlace(new StatedConditions.Condition(line, lhs, rhs, shown));
    return new StepVerdict.NotChecked("the text obtains it from a condition (its sentence sets "
        + "something to zero, solves or optimizes): it need hold only where that condition "
        + "does, not for every " + String.join(", ", sampled.stream().map(LatexNames::readable)
        .toList()) + " (it fails so read: " + f.evidence() + ")");
  }
}
