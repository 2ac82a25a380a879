package gradlab.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chain-rule step over a quantity the text never defines, {@code ∂A/∂C = ∂A/∂B · ∂B/∂C}
 * (Mazur's ∂E_o1/∂net_o1 = ∂E_o1/∂out_o1 · ∂out_o1/∂net_o1, Nielsen's δ^L_j = ∂C/∂a^L_j ·
 * ∂a^L_j/∂z^L_j after δ^L_j = ∂C/∂z^L_j), or over a longer path of names (Britz's ∂E₃/∂W =
 * ∂E₃/∂ŷ₃ ∂ŷ₃/∂s₃ ∂s₃/∂W), with factors both sides share set aside (∂E₃/∂ŷ₃ ∂ŷ₃/∂V =
 * ∂E₃/∂ŷ₃ ∂ŷ₃/∂z₃ ∂z₃/∂V). With A never defined (no definition, function or restatement of A
 * in the text) it can be neither proved (A may depend on C directly, not only through B) nor
 * refuted, so it is named for what it is: "unknown (the chain rule through B; holds if A
 * depends on C only through B, which the text does not say)". Read only where the factors left
 * form one path: each factor's variable is the next factor's quantity, no name is passed twice,
 * and the ends are the left side's A and C; any other product (a missing link, a factor upside
 * down, a wrong end) is left as it was, never refuted here: the text may define the missing
 * quantity later. Stateless.
 */
final class ChainRuleSteps {
  /** The start of the reason of such a verdict. */
  static final String REASON = "the chain rule through ";
  private static final Pattern ONE = Pattern.compile(
      "pd\\(([A-Za-z][A-Za-z0-9]*),([A-Za-z][A-Za-z0-9]*)\\)");

  private ChainRuleSteps() {}

  /**
   * The verdict on {@code lhs = rhs} (engine syntax) when it is the chain rule along a path of
   * quantities, from one whose ∂ the text does not give, else null. {@code lhsMeans} is what an
   * undefined name on the left stands for (δ's ∂C/∂z from an earlier line), or null.
   */
  static StepVerdict verdict(DocumentRun run, String lhs, String rhs, String lhsMeans,
      int meansLine) {
    List<String[]> left = factors(lhsMeans != null ? lhsMeans : lhs);
    List<String[]> right = factors(rhs);
    if (left == null || right == null) {
      return null;
    }
    for (String[] f : new ArrayList<>(left)) { // a factor on both sides is set aside
      String[] same = right.stream().filter(g -> g[0].equals(f[0]) && g[1].equals(f[1]))
          .findFirst().orElse(null);
      if (same != null) {
        right.remove(same);
        left.remove(f);
      }
    }
    if (right.size() == 1 && left.size() >= 2 && lhsMeans == null) { // the product first
      List<String[]> product = left;
      left = right;
      right = product;
    }
    if (left.size() != 1 || right.size() < 2) {
      return null;
    }
    String a = left.get(0)[0];
    String c = left.get(0)[1];
    List<String> through = path(right, a, c);
    if (through == null || !opaque(run, a, c)) {
      return null;
    }
    List<String> shown = through.stream().map(LatexNames::readable).toList();
    return new StepVerdict.Unknown(1, 0, REASON + String.join(", ", shown) + (lhsMeans == null
        ? "" : ", the left side being ∂" + LatexNames.readable(a) + "/∂"
        + LatexNames.readable(c) + " by line " + meansLine) + "; holds if "
        + onlyThrough(a, c, shown) + ", which the text does not say");
  }

  /** "A depends on C only through B₁, B₁ on C only through B₂, …". */
  private static String onlyThrough(String a, String c, List<String> shown) {
    String end = LatexNames.readable(c);
    StringBuilder s = new StringBuilder(LatexNames.readable(a) + " depends on " + end
        + " only through " + shown.get(0));
    for (int i = 1; i < shown.size(); i++) {
      s.append(", ").append(shown.get(i - 1)).append(" on ").append(end)
          .append(" only through ").append(shown.get(i));
    }
    return s.toString();
  }

  /** The ∂ factors {quantity, variable} of a product of ∂ terms, or null for anything else. */
  private static List<String[]> factors(String side) {
    List<String[]> out = new ArrayList<>();
    for (String f : side.replace(" ", "").split("\\*", -1)) {
      Matcher m = ONE.matcher(f);
      if (!m.matches() || m.group(1).equals(m.group(2))) {
        return null;
      }
      out.add(new String[] {m.group(1), m.group(2)});
    }
    return out;
  }

  /**
   * The names passed between a and c when the factors, in any order, form one path from a to c
   * without passing a name twice; else null.
   */
  private static List<String> path(List<String[]> factors, String a, String c) {
    List<String[]> left = new ArrayList<>(factors);
    List<String> through = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(a));
    String at = a;
    while (!left.isEmpty()) {
      String from = at;
      List<String[]> next = left.stream().filter(f -> f[0].equals(from)).toList();
      if (next.size() != 1 || !seen.add(next.get(0)[1])) {
        return null;
      }
      left.remove(next.get(0));
      at = next.get(0)[1];
      if (!left.isEmpty()) {
        through.add(at);
      }
    }
    return at.equals(c) && !through.isEmpty() ? through : null;
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
