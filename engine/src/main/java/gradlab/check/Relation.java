package gradlab.check;

/** The relation of one derivation step. */
public enum Relation {
  EQUAL("="), APPROX("≈"), LESS("<"), LESS_EQUAL("≤"), GREATER(">"), GREATER_EQUAL("≥");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  boolean holds(double l, double r) {
    return switch (this) {
      case LESS -> l < r;
      case LESS_EQUAL -> l <= r;
      case GREATER -> l > r;
      case GREATER_EQUAL -> l >= r;
      case EQUAL, APPROX -> l == r;
    };
  }
}
