package gradlab.math;

import java.util.List;

/** A list {a, b, …}; vector-valued functions return lists. */
public record ExprList(List<Expression> items) implements Expression {
  public ExprList {
    items = NodeList.copyOf(items);
  }
}
