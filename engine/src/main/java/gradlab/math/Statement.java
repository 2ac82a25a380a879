package gradlab.math;

import java.util.List;

/**
 * One statement: a definition {@code name = value} (name non-null), a function definition
 * {@code name(params) = value} (params non-empty; the value holds each parameter under its
 * {@link UserFunction#bound bound name}), or an expression.
 */
public record Statement(String name, List<String> params, Expression value) {
  public Statement {
    params = List.copyOf(params);
  }

  public Statement(String name, Expression value) {
    this(name, List.of(), value);
  }

  public boolean isDefinition() {
    return name != null;
  }

  public boolean isFunctionDefinition() {
    return !params.isEmpty();
  }

  /** This statement with another value. */
  public Statement withValue(Expression v) {
    return new Statement(name, params, v);
  }
}
