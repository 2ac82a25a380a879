package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chain-rule step over a quantity the text never defines, {@code ∂A/∂C = ∂A/∂B · ∂B/∂C}
 * (Mazur's ∂E_o1/∂net_o1 = ∂E_o1/∂out_o1 · ∂out_o1/∂net_o1, Nielsen's δ^L_j = ∂C/∂a^L_j ·
 * ∂a^L_j/∂z^L_j after δ^L_j = ∂C/∂z^L_j): with A never defined (no definition, function or
 * restatement of A in the text) it can be neither proved (A may
 * depend on C directly, not only through B) nor refuted, so it is named for what it is:
 * "unknown (the chain rule through B; holds if A depends on C only through B, which the text
 * does not say)". Only the telescoping product of two factors is read. Stateless.
 */
final class ChainRuleSteps {
  /** The start of the reason of such a verdict. */
  static final String REASON = "the chain rule through ";
  private static final String PD = "pd\\(([A-Za-z][A-Za-z0-9]*),([A-Za-z][A-Za-z0-9]*)\\)";
  private static final Pattern ONE = Pattern.compile(PD);
  private static final Pattern PRODUCT = Pattern.compile(PD + "\\*" + PD);

  private ChainRuleSteps() {}

  /**
   * The verdict on {@code lhs = rhs} (engine syntax) when it is the chain rule through an
   * intermediate of a quantity whose ∂ the text does not give, else null. {@code lhsMeans} is
   * what an undefined name on the left stands for (δ's ∂C/∂z from an earlier line), or null.
   */
  static StepVerdict verdict(DocumentRun run, String lhs, String rhs, String lhsMeans,
      int meansLine) {
    String left = (lhsMeans != null ? lhsMeans : lhs).replace(" ", "");
    Matcher whole = ONE.matcher(left);
    Matcher product = PRODUCT.matcher(rhs.replace(" ", ""));
    if (!whole.matches() || !product.matches()) {
      return null;
    }
    String a = whole.group(1);
    String c = whole.group(2);
    for (int[] order : List.of(new int[] {1, 3}, new int[] {3, 1})) {
      String top = product.group(order[0]);
      String b = product.group(order[0] + 1);
      String b2 = product.group(order[1]);
      String var = product.group(order[1] + 1);
      if (top.equals(a) && b.equals(b2) && var.equals(c) && !b.equals(a) && !b.equals(c)
          && opaque(run, a, c)) {
        String shown = LatexNames.readable(b);
        return new StepVerdict.Unknown(1, 0, REASON + shown + (lhsMeans == null ? ""
            : ", the left side being ∂" + LatexNames.readable(a) + "/∂" + LatexNames.readable(c)
            + " by line " + meansLine) + "; holds if "
            + LatexNames.readable(a) + " depends on " + LatexNames.readable(c)
            + " only through " + shown + ", which the text does not say");
      }
    }
    return null;
  }

  /**
   * Whether a is a quantity the text says nothing of (no definition, function or restatement:
   * CS231n's f = q z with f(x, y, z) also a function is said) and ∂a/∂c is not given.
   */
  static boolean opaque(DocumentRun run, String a, String c) {
    if (run.ctx.defines(a) || run.functions.contains(a) || run.ctx.restatements().stream()
        .anyMatch(d -> d.name().equals(a))) {
      return false;
    }
    try {
      run.checker.resolve(run.ctx, "pd(" + a + ", " + c + ")", true);
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
