package gradlab.symbolic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * ∂output/∂parameter as a sum over paths of the graph, each path an ordered product of local
 * partial derivatives from the output down to the parameter. Printing keeps the chain order:
 * {@code (f − a)·w₄·σ′(z₃)·w₃·σ′(z₂)·w₂·σ′(z₁)}.
 *
 * @param output the differentiated name
 * @param parameter the variable
 * @param paths each path's factors, output end first
 * @param value the same derivative as one expression
 */
public record ChainRuleResult(String output, String parameter, List<List<Expr>> paths,
    Expr value) {
  public ChainRuleResult {
    paths = paths.stream().map(List::copyOf).toList();
  }

  /** The chain-ordered Unicode form. */
  public String unicode() {
    if (paths.isEmpty()) {
      return "0";
    }
    return paths.stream().map(ChainRuleResult::path).collect(Collectors.joining(" + "));
  }

  private static String path(List<Expr> factors) {
    List<Expr> kept = factors.stream().filter(f -> !f.input().equals("1")).toList();
    List<String> parts = kept.stream()
        .map(f -> {
          String s = f.unicode();
          // a lone factor needs no brackets: ∂L/∂w = −6(4 − b − 3w) − 2(2 − b − w)
          return kept.size() > 1 && (s.contains(" + ") || s.contains(" − ")) ? "(" + s + ")" : s;
        }).toList();
    return parts.isEmpty() ? "1" : String.join("·", parts);
  }

  @Override
  public String toString() {
    return "∂" + UnicodeForm.symbol(output) + "/∂" + UnicodeForm.symbol(parameter) + " = "
        + unicode();
  }
}
