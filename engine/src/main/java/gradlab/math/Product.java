package gradlab.math;

import java.util.List;

/** f₁·f₂·…; division is a factor to the power −1. Build with {@link Algebra#product}. */
public record Product(List<Expression> factors) implements Expression {
  public Product {
    factors = NodeList.copyOf(factors);
  }
}
