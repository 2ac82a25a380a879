package gradlab.symbolic;

/**
 * A global extremum of a function of one variable.
 *
 * @param variable the variable's name
 * @param point where the extremum is attained (exact when {@link #method()} is symbolic)
 * @param value the extremal value
 * @param method how it was found: {@code "substitution s = σ(z) on (0, 1)"}, {@code "critical
 *     points"}, …
 * @param checkedPoints how many sample points were checked not to exceed it (0 = not checked)
 */
public record Extremum(String variable, Expr point, Expr value, String method,
    int checkedPoints) {

  @Override
  public String toString() {
    return value.unicode() + " at " + UnicodeForm.symbol(variable) + " = " + point.unicode()
        + " (" + method + ")";
  }
}
