package gradlab.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gradient-descent rule checked against the gradient the text computed: after
 * {@code \frac{\partial C}{\partial w} = \frac{\partial C_0}{\partial w} + \frac{\lambda}{n} w}
 * (a step whose left side is ∂C/∂w), the rule {@code w \rightarrow w - \eta \frac{\partial
 * C_0}{\partial w} - \frac{\eta\lambda}{n} w} must equal {@code w - \eta \frac{\partial
 * C}{\partial w}}: its step is −η times that gradient. Each quantity whose gradient in w the text
 * computed is a reading of the rule; the rule is proved where one reading proves it, refuted only
 * where every reading refutes it, and otherwise stays an unchecked assignment (momentum, Adam and
 * a minibatch's Σ are rules of their own). A rule without such a gradient, or without a learning
 * rate (η or α) on its right side, is left as an assignment.
 */
final class UpdateRuleSteps {
  private static final Pattern PARTIAL = Pattern.compile("^\\s*\\\\frac\\{\\s*\\\\partial\\s*"
      + "((?:[^{}]|\\{[^{}]*\\})+?)\\s*\\}\\{\\s*\\\\partial\\s*((?:[^{}]|\\{[^{}]*\\})+?)\\s*\\}"
      + "\\s*$");
  private static final Pattern RATE = Pattern.compile("\\\\(eta|alpha)(?![A-Za-z])");

  private UpdateRuleSteps() {}

  /** Checks the rule "{@code name} ← {@code value}" on {@code line} where the text allows. */
  static void checkInPlace(DocumentRun run, int line, String name, String value) {
    run.rules.checkInPlace(run, line, name, value); // "written another way": the same rule
    if (name == null || value == null || !run.latex()) {
      return;
    }
    String rhs = ChainSplitter.split(value).terms().getLast();
    Matcher rate = RATE.matcher(rhs);
    if (!rate.find()) {
      return;
    }
    Set<String> losses = computedGradients(run.out, plain(name));
    if (losses.isEmpty()) { // against the gradient the text stated, where it wrote one
      StatedGradientRules.checkInPlace(run, line, name, rhs, rate.group(1));
      return;
    }
    StepResult proved = null;
    StepResult refuted = null;
    int refutations = 0;
    for (String loss : losses) {
      String step = "w - \\" + rate.group(1) + " \\frac{\\partial " + loss + "}{\\partial "
          + name.strip() + "}";
      String full = step.replaceFirst("^w", Matcher.quoteReplacement(name.strip()));
      String claim = rhs.strip().replaceAll("[.,;]$", "") + " = " + full;
      StepResult r = ScratchChains.single(run, line, claim, java.util.function.UnaryOperator
          .identity());
      if (r != null && r.verdict() instanceof StepVerdict.Proved p) {
        proved = new StepResult(line, r.lhs(), r.relation(), r.rhs(), new StepVerdict.Proved(
            "the rule's step is −" + rateShown(rate.group(1)) + " times the gradient of " + loss
            + " the text computed; " + p.how()), UpdateRules.NOTE);
      } else if (r != null && r.verdict() instanceof StepVerdict.Refuted f
          && !f.detail().contains("line ")) { // never from an earlier claim taken as premise
        refutations++;
        if (refuted == null && namesWithin(run, rhs, full)) { // Adam's m, v: a rule of its own
          refuted = new StepResult(line, r.lhs(), r.relation(), r.rhs(), new StepVerdict.Refuted(
              f.point(), f.lhs(), f.rhs(), "the rule's step is not −" + rateShown(rate.group(1))
              + " times the gradient the text computed for any of " + losses), UpdateRules.NOTE);
        }
      }
    }
    if (proved != null) {
      run.out.add(proved);
    } else if (refuted != null && refutations == losses.size()) {
      run.out.add(refuted);
    }
  }

  /**
   * A {@code :=} rule, checked as a rule with an arrow is: CS229's {@code \theta_1 := \theta_1 -
   * \alpha …} against the gradient its text stated.
   */
  static void checkColonInPlace(DocumentRun run, int line, String statement) {
    String[] rule = UpdateRules.colonUpdate(statement);
    if (rule == null || !run.latex()) {
      return;
    }
    checkInPlace(run, line, rule[0], rule[1]);
  }

  /**
   * Whether every name the rule's right side depends on (definitions inlined) is one the
   * gradient step depends on, or the updated name: a rule with names of its own (Adam's m̂ and
   * v̂, a momentum v) is a different rule, never refuted as a wrong gradient step.
   */
  private static boolean namesWithin(DocumentRun run, String rhs, String step) {
    try {
      String r = run.read(rhs);
      String g = run.read(step);
      if (r == null || g == null) {
        return false;
      }
      Set<String> allowed = new java.util.HashSet<>(run.engine.freeSymbols(
          run.checker.resolve(run.ctx, g, true)));
      allowed.addAll(run.engine.freeSymbols(run.engine.eval(r)).stream()
          .filter(n -> run.ctx.point().containsKey(n)).toList());
      return allowed.containsAll(run.engine.freeSymbols(run.checker.resolve(run.ctx, r, true)));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The name left of a right arrow in a row ({@code w & \\rightarrow & …}), or null. */
  static String nameBefore(String row) {
    Matcher m = RIGHT_ARROW.matcher(row.replace("&", " "));
    return m.find() ? row.replace("&", " ").substring(0, m.start()).strip() : null;
  }

  private static final Pattern RIGHT_ARROW = Pattern.compile(
      "\\\\(?:long)?(?:rightarrow|to)(?![A-Za-z])|→");

  private static String rateShown(String rate) {
    return rate.equals("eta") ? "η" : "α";
  }

  /**
   * The quantities X for which an earlier step's left side is ∂X/∂{@code name} (as written):
   * the gradients the text computed.
   */
  static Set<String> computedGradients(List<StepResult> out, String name) {
    Set<String> losses = new LinkedHashSet<>();
    for (StepResult r : out) {
      Matcher m = PARTIAL.matcher(r.lhs() == null ? "" : r.lhs());
      if (r.isClaim() && m.matches() && plain(m.group(2)).equals(name)
          && !plain(m.group(1)).equals(name)) {
        losses.add(m.group(1).strip());
      }
    }
    return losses;
  }

  /** A name as written, without spaces, bold or braces: {@code \mathbf{w}} → w. */
  private static String plain(String s) {
    return s.replaceAll("\\\\(mathbf|boldsymbol|bm)\\s*\\{([^{}]*)\\}", "$2")
        .replaceAll("[\\s{}]", "").replaceAll("&", "");
  }
}
