package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A result restated after "⟹", as students write "so": {@code f'(x) = 3x^2 e^{-x} - x^3 e^{-x}
 * \implies f'(x) = x^2 e^{-x}(3 - x)}. Both parts were "not checked: part of an implication",
 * so a sign lost in the factored form was never found (user42). Where the conclusion restates
 * the premise's left side ({@code D = E ⟹ D = F}) and the premise is proved, the premise holds
 * wherever it is read, so under both readings (two claims joined by "so", or an implication)
 * the conclusion must hold as a claim: both are checked as claims. A premise that is not proved
 * may be a hypothesis: then both stay "not checked", as before. Only a derivative on the left:
 * {@code f(x) = … ⟹ f(x) = …} would define f anew for the steps after it.
 */
final class ImpliedRestatements {
  /** A derivative on the left, f'(x) or d/dx: never a definition, so a check changes nothing. */
  private static final Pattern DERIVATIVE = Pattern.compile(
      "\\\\frac\\s*\\{\\s*(?:d|\\\\partial|\\\\mathrm\\{d\\})|\\\\partial|\\\\nabla|['′]+\\s*\\(");

  private ImpliedRestatements() {}

  /**
   * Checks {@code statement} as a claim where it is a premise proved and restated after the
   * arrow ({@code next}), or the restatement of a proved {@code premise}; false otherwise.
   */
  static boolean readInPlace(DocumentRun run, int line, String premise, String statement,
      String next) {
    boolean first = premise == null;
    String p = first ? statement : premise;
    String c = first ? next : statement;
    if (c == null || !restates(p, c) || !proved(run, line, p)) {
      return false;
    }
    run.chain(line, statement, true, false, null);
    return true;
  }

  /** {@code D = E} and {@code D = F}: two equations of one left side. */
  private static boolean restates(String premise, String conclusion) {
    ChainSplitter.Chain p = ChainSplitter.split(premise);
    ChainSplitter.Chain c = ChainSplitter.split(conclusion);
    return p.terms().size() == 2 && c.terms().size() == 2
        && p.relations().get(0) == Relation.EQUAL && c.relations().get(0) == Relation.EQUAL
        && DERIVATIVE.matcher(p.terms().get(0)).find() && squeezed(p.terms().get(0))
        .equals(squeezed(c.terms().get(0)));
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Whether the premise, read without ambiguity, is proved at the text's definitions. */
  private static boolean proved(DocumentRun run, int line, String premise) {
    List<String> raw = ChainSplitter.split(premise).terms();
    ChainTerms t = ChainTerms.read(run, raw, run.reading(), false, line);
    if (!t.ambiguities().isEmpty() || t.engine().contains(null)) {
      return false;
    }
    StepVerdict v = run.budget.run(by -> run.checker.check(run.ctx, t.engine().get(0),
        Relation.EQUAL, t.engine().get(1), by));
    return v instanceof StepVerdict.Proved;
  }
}
