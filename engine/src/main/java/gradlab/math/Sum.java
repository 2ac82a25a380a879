package gradlab.math;

import java.util.List;

/** t₁ + t₂ + …; subtraction is a term times −1. Build with {@link Algebra#sum}. */
public record Sum(List<Expression> terms) implements Expression {
  public Sum {
    terms = NodeList.copyOf(terms);
  }
}
