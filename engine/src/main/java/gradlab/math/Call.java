package gradlab.math;

import java.util.List;

/**
 * A catalogue function applied to arguments; {@code order} &gt; 0 is its derivative of that
 * order (unary functions only): σ′(z) is {@code Call(SIGMOID, 1, [z])}.
 */
public record Call(MathFunction function, int order, List<Expression> args) implements Expression {
  public Call {
    args = NodeList.copyOf(args);
    if (order < 0 || (order > 0 && args.size() != 1)) {
      throw new IllegalArgumentException("derivative order " + order + " of "
          + function.displayName() + " with " + args.size() + " arguments");
    }
  }

  public Expression arg() {
    return args.get(0);
  }
}
