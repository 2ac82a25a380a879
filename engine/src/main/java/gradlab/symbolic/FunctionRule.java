package gradlab.symbolic;

import java.util.List;
import java.util.Objects;

/**
 * A function a text defines by a formula, {@code f(x, y) = body}, as a rewrite rule for
 * {@link SymbolicEngine#applyRules}: every call {@code f(a, b)} becomes the body with a for x
 * and b for y; a one-parameter function may also carry its derivative, so that {@code f′(a)}
 * becomes it at a. The rule's form in the engine is private to this package: callers see only
 * the name, the parameters and the body. Immutable.
 */
public final class FunctionRule {
  private final String name;
  private final List<String> parameters;
  private final Expr body;
  private final Expr derivative;
  /** The second derivative, so that f″(a) of a defined f is read (a new user's f″(1) was ✗). */
  private final Expr second;

  FunctionRule(String name, List<String> parameters, Expr body, Expr derivative) {
    this(name, parameters, body, derivative, null);
  }

  private FunctionRule(String name, List<String> parameters, Expr body, Expr derivative,
      Expr second) {
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("a function rule for " + name + " needs a parameter");
    }
    if (derivative != null && parameters.size() != 1) {
      throw new IllegalArgumentException("a derivative rule needs one parameter; " + name
          + " has " + parameters.size());
    }
    this.name = Objects.requireNonNull(name);
    this.parameters = List.copyOf(parameters);
    this.body = Objects.requireNonNull(body);
    this.derivative = derivative;
    this.second = second;
  }

  public String name() {
    return name;
  }

  public List<String> parameters() {
    return parameters;
  }

  public Expr body() {
    return body;
  }

  /** The same rule, also rewriting {@code name′(a)} as {@code derivative} at a. */
  public FunctionRule withDerivative(Expr derivative) {
    return new FunctionRule(name, parameters, body, Objects.requireNonNull(derivative));
  }

  /** The same rule with its first and second derivatives ({@code f″(a)} too). */
  public FunctionRule withDerivatives(Expr derivative, Expr second) {
    return new FunctionRule(name, parameters, body, Objects.requireNonNull(derivative),
        Objects.requireNonNull(second));
  }

  /** The engine's delayed rules: the call, and the derivative where there is one. */
  List<String> engineRules() {
    StringBuilder lhs = new StringBuilder(name).append('(');
    for (int k = 0; k < parameters.size(); k++) {
      lhs.append(k == 0 ? "" : ",").append(parameters.get(k)).append('_');
    }
    // no prime form in the rules' text: read back, 2*f'(x)^2 would be (2*f'(x))^2
    String call = lhs + ") :> (" + PrimeFreeInput.of(body.input()) + ")";
    if (derivative == null) {
      return List.of(call);
    }
    String first = "Derivative(1)[" + name + "][" + parameters.get(0) + "_] :> ("
        + PrimeFreeInput.of(derivative.input()) + ")";
    return second == null ? List.of(call, first) : List.of(call, first, "Derivative(2)[" + name
        + "][" + parameters.get(0) + "_] :> (" + PrimeFreeInput.of(second.input()) + ")");
  }
}
