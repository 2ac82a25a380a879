package gradlab.symbolic;

/** A named intermediate {@code name = rhs}, e.g. {@code z2 = w2·σ(z1) + b2}. */
public record Definition(String name, Expr rhs) {
  @Override
  public String toString() {
    return UnicodeForm.symbol(name) + " = " + rhs.unicode();
  }
}
