package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Why ∂A/∂B would be 0 only because the text's definitions lost the way from A to B, which
 * makes a true step look false: a hand forward pass "$\hat y = \sigma(-0.622) = 0.349$" gives ŷ
 * as a number, so L = ½(ŷ − y)² no longer depends on w₂ (a new user's true backward pass was ✗
 * with "left = 0"); and a family defined with a free index, p_i = e^{z_i}/Σ e^{z_j}, whose
 * written-out members p₁, p₂ the reader does not instantiate (∂L/∂z₁ of L = −Σ yᵢ log pᵢ was ✗).
 * Either way the derivative is not in the text as read: not checked, never 0.
 */
final class DependencyCuts {
  static final String AS_A_NUMBER = "which the text gives as a number";
  static final String NOT_WRITTEN_OUT = "which the checker does not write out";
  private static final String LETTER_INDICES = "ijklmnt";
  private static final java.util.regex.Pattern NUMBER_INDEXED =
      java.util.regex.Pattern.compile("([A-Za-z]+?)(\\d+)");

  private DependencyCuts() {}

  /** The reason the way from {@code top} to {@code var} is cut, or null when it is not. */
  static String reason(SymbolicEngine engine, CheckContext ctx, String top, String var) {
    Set<String> closure = closure(engine, ctx, top);
    boolean varRelated = ctx.definitions().stream().anyMatch(d -> !d.rhs().isFreeOf(var));
    for (String n : closure) {
      Expr rhs = ctx.asDefinitions().rhs(n).orElse(null);
      if (varRelated && rhs != null && !n.equals(top) && engine.freeSymbols(rhs).isEmpty()) {
        return readable(top) + " is written through " + readable(n) + ", " + AS_A_NUMBER
            + ", so its dependence on " + readable(var) + " is not in the text";
      }
    }
    for (String n : closure) {
      java.util.regex.Matcher m = NUMBER_INDEXED.matcher(n);
      if (ctx.defines(n) || ctx.point().containsKey(n) || !m.matches()) {
        continue;
      }
      for (char index : LETTER_INDICES.toCharArray()) {
        String family = LatexNames.safe(m.group(1) + index);
        if (ctx.defines(family)) {
          return readable(top) + " is written through " + readable(n) + ", a member of the "
              + "family " + m.group(1) + "_" + index + " the text defines, " + NOT_WRITTEN_OUT;
        }
      }
    }
    return null;
  }

  /** {@code top} and every name its definition reaches, with their free symbols. */
  static Set<String> closure(SymbolicEngine engine, CheckContext ctx, String top) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(Set.of(top));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      ctx.asDefinitions().rhs(n).ifPresent(rhs -> todo.addAll(engine.freeSymbols(rhs)));
    }
    return seen;
  }

  private static String readable(String engineName) {
    return LatexNames.readable(engineName);
  }
}
