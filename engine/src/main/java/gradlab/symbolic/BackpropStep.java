package gradlab.symbolic;

/**
 * One line of the backpropagation recursion: δₗ = ∂C/∂zₗ, in terms of the layer above.
 *
 * @param delta the adjoint's name ({@code delta2} prints as δ₂)
 * @param value its chain-ordered expression
 */
public record BackpropStep(String delta, ChainRuleResult value) {
  @Override
  public String toString() {
    return UnicodeForm.symbol(delta) + " = " + value.unicode();
  }
}
