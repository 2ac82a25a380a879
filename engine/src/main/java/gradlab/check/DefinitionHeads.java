package gradlab.check;

import java.util.regex.Pattern;

/** Whether a statement's left side is a name or function the statement defines, or a claim. */
final class DefinitionHeads {
  private static final Pattern NAME = EngineNames.NAME;
  /** a_(i-1), v_(t+1) of plain text: a family's member at a symbolic index. */
  private static final Pattern FAMILY_MEMBER = Pattern.compile("[A-Za-z0-9]_\\((?!\\d+\\))");
  private static final Pattern NUMBER = NumberPatterns.DECIMAL_OR_FRACTION;

  private DefinitionHeads() {}

  /**
   * Whether {@code f(params) = rhs} of a function the text already defines states a value
   * (rhs free of the parameters, such as J(w) = 0.5 at a stated w) rather than a new formula.
   */
  static boolean isValueOfDefinedFunction(DocumentRun run, String f, String params, String rhs) {
    if (!run.functions.contains(f)) {
      return false;
    }
    try {
      var free = run.engine.freeSymbols(run.engine.eval(rhs));
      return java.util.Arrays.stream(params.split(",")).map(String::strip)
          .noneMatch(free::contains);
    } catch (RuntimeException e) {
      return false;
    }
  }


  /**
   * {@code name = rhs} with a new name defines it; so does {@code name ≈ rhs} when rhs is a
   * formula (the author rounded its value), not a number.
   */
  static boolean definesName(DocumentRun run, Relation rel, String head, String rhs) {
    if (head == null || rhs == null || !NAME.matcher(head).matches() || run.ctx.defines(head)
        || run.functions.contains(head) || run.ctx.point().containsKey(head)
        || run.sized.defines(head)) { // L = −log 0.6652 of L = −Σ_k y_k log p_k: a claim about L
      return false;
    }
    if (run.equivalentPart && run.conditions.mostRecentFirst().stream().anyMatch(c -> ConditionSteps
        .names(c.lhs() + " " + c.rhs()).contains(head))) {
      return false; // "½(n_in + n_out)σ² = 1 or equivalently σ = …": a claim about σ
    }
    if (FAMILY_MEMBER.matcher(rhs).find()) {
      return false; // z_i = w_i*a_(i-1): through a family's member at a symbolic index, unread
    }
    if (ProseNamesGuard.holdsWords(run, rhs)) {
      return false; // "a = its logit": words, not a value of a
    }
    if (DerivedResults.concluded(run, head)) {
      return false; // "⇒ $a = \\sqrt{6/n}$" after a claim about a: a result, checked
    }
    if (rel == Relation.APPROX && head.startsWith(FirstOrderChanges.DELTA)) {
      return false; // Δa ≈ σ′(z)·x·Δw: a change to first order, a claim (FirstOrderChanges)
    }
    return rel == Relation.EQUAL || (rel == Relation.APPROX && !NUMBER.matcher(rhs.strip())
        .matches() && !run.engine.freeSymbols(run.engine.eval(rhs)).isEmpty());
  }
}
