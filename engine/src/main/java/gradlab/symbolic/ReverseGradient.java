package gradlab.symbolic;

import java.util.Map;

/**
 * A gradient in reverse-mode form: the forward definitions followed by one adjoint definition
 * per intermediate (δv = ∂output/∂v, as {@code deltav}), and each ∂output/∂θ written with the
 * adjoints. Its size grows linearly with the graph, unlike the product-per-path form.
 *
 * @param definitions forward definitions, then adjoints from the output down
 * @param gradient ∂output/∂θ for each requested θ, in terms of {@code definitions}
 */
public record ReverseGradient(Definitions definitions, Map<String, Expr> gradient) {
  public ReverseGradient {
    gradient = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gradient));
  }
}
