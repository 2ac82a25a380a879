package gradlab.math;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A function the user defines, {@code f(x, y) = body}. Its parameters are bound: the body holds
 * them under private names (never a session name), so {@code x = 3; f(x) = x^2; f(2)} is 4 and
 * a session name in the body stays the session's. A call is replaced by the body with the
 * arguments put in (at parse time, so everything downstream sees plain expressions); {@code f′(a)}
 * is the body's derivative by its parameter, at a. Immutable.
 *
 * @param name the function's name
 * @param params the parameter names as written
 * @param body the body, with each parameter p written as {@link #bound(String)}
 */
public record UserFunction(String name, List<String> params, Expression body) {
  private static final String BOUND = "\u2063";

  public UserFunction {
    params = List.copyOf(params);
  }

  /** The private name a parameter has inside a body. */
  public static String bound(String param) {
    return BOUND + param;
  }

  /** The body with the arguments put in for the parameters, all at once. */
  public Expression apply(List<Expression> args) {
    Map<String, Expression> values = new HashMap<>();
    for (int i = 0; i < params.size(); i++) {
      values.put(bound(params.get(i)), args.get(i));
    }
    return Substitution.replace(body, values);
  }

  /** The {@code order}-th derivative by the only parameter, at {@code arg}. */
  public Expression derivative(int order, Expression arg) {
    Expression d = body;
    for (int i = 0; i < order; i++) {
      d = Differentiation.derivative(d, bound(params.get(0)), Environment.EMPTY);
    }
    return Substitution.replace(d, Map.of(bound(params.get(0)), arg));
  }

  /** The body as the user wrote it, parameters under their own names (for printing). */
  public Expression shownBody() {
    Map<String, Expression> own = new HashMap<>();
    params.forEach(p -> own.put(bound(p), new Sym(p)));
    return Substitution.replace(body, own);
  }

  /** {@code f(x, y)}. */
  public String head() {
    return name + "(" + String.join(", ", params) + ")";
  }

  /** The functions of {@code functions} without the one named {@code name}. */
  public static Map<String, UserFunction> without(Map<String, UserFunction> functions,
      String name) {
    if (!functions.containsKey(name)) {
      return functions;
    }
    Map<String, UserFunction> m = new java.util.LinkedHashMap<>(functions);
    m.remove(name);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The functions of {@code functions} with {@code f} added or replaced. */
  public static Map<String, UserFunction> with(Map<String, UserFunction> functions,
      UserFunction f) {
    Map<String, UserFunction> m = new java.util.LinkedHashMap<>(functions);
    m.remove(f.name());
    m.put(f.name(), f);
    return java.util.Collections.unmodifiableMap(m);
  }
}
