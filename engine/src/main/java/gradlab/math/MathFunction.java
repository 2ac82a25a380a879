package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The function catalogue: each elementary function and activation once, with its names, arity,
 * range, one documentation line; its numeric values in {@link FunctionValues}, its derivative
 * rules in {@link DerivativeRules} and its inverse in {@link Inverses} (one exhaustive switch
 * each, so the compiler catches a missing entry).
 *
 * <p>At a kink the derivative follows PyTorch: ReLU′(0) = H(0) = 0, |x|′ at 0 = sign(0) = 0,
 * and for max(a, b) and min(a, b) at a = b the whole derivative goes to the second argument.
 */
public enum MathFunction {
  EXP("exp", List.of(), 1, 1, "exp", "\\exp", "eˣ, the exponential", 0, Double.POSITIVE_INFINITY),
  LOG("log", List.of("ln"), 1, 1, "log", "\\log", "the natural logarithm (x > 0)",
      Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  SIN("sin", List.of(), 1, 1, "sin", "\\sin", "sine (radians)", -1, 1),
  COS("cos", List.of(), 1, 1, "cos", "\\cos", "cosine (radians)", -1, 1),
  TAN("tan", List.of(), 1, 1, "tan", "\\tan", "tangent (radians)",
      Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  ASIN("asin", List.of("arcsin"), 1, 1, "arcsin", "\\arcsin", "inverse sine, in [−π/2, π/2]",
      -Math.PI / 2, Math.PI / 2),
  ACOS("acos", List.of("arccos"), 1, 1, "arccos", "\\arccos", "inverse cosine, in [0, π]",
      0, Math.PI),
  ATAN("atan", List.of("arctan"), 1, 1, "arctan", "\\arctan", "inverse tangent",
      -Math.PI / 2, Math.PI / 2),
  SINH("sinh", List.of(), 1, 1, "sinh", "\\sinh", "hyperbolic sine",
      Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  COSH("cosh", List.of(), 1, 1, "cosh", "\\cosh", "hyperbolic cosine", 1, Double.POSITIVE_INFINITY),
  TANH("tanh", List.of(), 1, 1, "tanh", "\\tanh", "hyperbolic tangent, an activation", -1, 1),
  ASINH("asinh", List.of("arcsinh"), 1, 1, "arsinh", "\\operatorname{arsinh}",
      "inverse hyperbolic sine", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  ACOSH("acosh", List.of("arccosh"), 1, 1, "arcosh", "\\operatorname{arcosh}",
      "inverse hyperbolic cosine (x ≥ 1)", 0, Double.POSITIVE_INFINITY),
  ATANH("atanh", List.of("arctanh"), 1, 1, "artanh", "\\operatorname{artanh}",
      "inverse hyperbolic tangent (|x| < 1)", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  ABS("abs", List.of(), 1, 1, "abs", "\\operatorname{abs}", "|x|; abs′ = sign, 0 at 0",
      0, Double.POSITIVE_INFINITY),
  SIGN("sign", List.of("sgn"), 1, 1, "sign", "\\operatorname{sign}", "−1, 0 or 1", -1, 1),
  HEAVISIDE("heaviside", List.of("H", "theta", "step", "HeavisideTheta"), 1, 1, "H", "H",
      "the unit step, with H(0) = 0 (ReLU′)", 0, 1),
  DIRAC_DELTA("delta", List.of("dirac", "diracdelta"), 1, 1, "δ", "\\delta",
      "Dirac's δ = H′, zero away from 0", 0, Double.POSITIVE_INFINITY),
  MAX("max", List.of(), 2, 2, "max", "\\max", "the larger of two numbers; at a tie the "
      + "derivative goes to the second argument", Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY),
  MIN("min", List.of(), 2, 2, "min", "\\min", "the smaller of two numbers; at a tie the "
      + "derivative goes to the second argument", Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY),
  ERF("erf", List.of(), 1, 1, "erf", "\\operatorname{erf}", "the error function", -1, 1),
  SIGMOID("sigma", List.of("σ", "sigmoid", "logistic"), 1, 1, "σ", "\\sigma",
      "the logistic sigmoid 1/(1 + e⁻ˣ); σ′ = σ(1 − σ)", 0, 1),
  LOGIT("logit", List.of(), 1, 1, "logit", "\\operatorname{logit}",
      "log(p/(1 − p)), the inverse of σ (0 < p < 1)", Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY),
  RELU("relu", List.of("ReLU"), 1, 1, "ReLU", "\\operatorname{ReLU}",
      "max(0, x); ReLU′ = H with H(0) = 0", 0, Double.POSITIVE_INFINITY),
  LEAKY_RELU("leakyrelu", List.of("LeakyReLU", "leaky_relu"), 1, 2, "LeakyReLU",
      "\\operatorname{LeakyReLU}", "leakyrelu(x, α) = max(0, x) + α·min(0, x), α = 0.01 "
      + "when omitted", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  SOFTPLUS("softplus", List.of(), 1, 1, "softplus", "\\operatorname{softplus}",
      "log(1 + eˣ); softplus′ = σ", 0, Double.POSITIVE_INFINITY),
  ELU("elu", List.of("ELU"), 1, 1, "ELU", "\\operatorname{ELU}",
      "x for x > 0, eˣ − 1 otherwise", -1, Double.POSITIVE_INFINITY),
  GELU("gelu", List.of("GELU"), 1, 1, "GELU", "\\operatorname{GELU}",
      "x·Φ(x) = x(1 + erf(x/√2))/2 (exact, not the tanh approximation)", -0.17,
      Double.POSITIVE_INFINITY),
  LAMBERT_W("lambertw", List.of("productlog", "ProductLog", "LambertW"), 1, 1, "W", "W",
      "Lambert's W (principal branch): the w ≥ −1 with w·eʷ = x, for x ≥ −1/e; W′ = 1/(x + eᵂ)",
      -1, Double.POSITIVE_INFINITY),
  LOGSUMEXP("logsumexp", List.of("LSE"), 1, Integer.MAX_VALUE, "logsumexp",
      "\\operatorname{logsumexp}", "log(e^x₁ + … + e^xₙ) of a list; ∂/∂xₖ = softmax(x)ₖ "
      + "(softmax(list) is the list of those)", Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY);

  private final String inputName;
  private final List<String> aliases;
  private final int minArity;
  private final int maxArity;
  private final String unicode;
  private final String latex;
  private final String doc;
  private final double rangeLow;
  private final double rangeHigh;

  MathFunction(String inputName, List<String> aliases, int minArity, int maxArity,
      String unicode, String latex, String doc, double rangeLow, double rangeHigh) {
    this.inputName = inputName;
    this.aliases = aliases;
    this.minArity = minArity;
    this.maxArity = maxArity;
    this.unicode = unicode;
    this.latex = latex;
    this.doc = doc;
    this.rangeLow = rangeLow;
    this.rangeHigh = rangeHigh;
  }

  /** The name in the input language, e.g. {@code sigma}. */
  public String inputName() {
    return inputName;
  }

  public List<String> aliases() {
    return aliases;
  }

  public int minArity() {
    return minArity;
  }

  public int maxArity() {
    return maxArity;
  }

  /** How it prints in Unicode: σ, tanh, ReLU. */
  public String displayName() {
    return unicode;
  }

  public String latex() {
    return latex;
  }

  /** One line for {@code ?name} and docs/language.md. */
  public String doc() {
    return doc;
  }

  /** Infimum of the range (the range is open unless attained, e.g. ReLU's 0). */
  public double rangeLow() {
    return rangeLow;
  }

  public double rangeHigh() {
    return rangeHigh;
  }

  /** True for sin, cos and tan: an equation in them may have infinitely many solutions. */
  public boolean isPeriodic() {
    return switch (this) {
      case SIN, COS, TAN -> true;
      default -> false;
    };
  }

  /** True for the activations (σ, tanh, ReLU, leaky ReLU, softplus, ELU, GELU). */
  public boolean isActivation() {
    return switch (this) {
      case SIGMOID, TANH, RELU, LEAKY_RELU, SOFTPLUS, ELU, GELU -> true;
      default -> false;
    };
  }

  /** The value at one number (leaky ReLU with α = 0.01), for per-element loops. */
  public double apply1(double u) {
    return FunctionValues.apply1(this, u);
  }

  /** {@link #apply1} as an operator of its own, which a per-element loop can inline. */
  public java.util.function.DoubleUnaryOperator valueOperator() {
    return FunctionValues.valueOperator(this);
  }

  /** {@link #derivative1} as an operator of its own, which a per-element loop can inline. */
  public java.util.function.DoubleUnaryOperator derivativeOperator() {
    return FunctionValues.derivativeOperator(this);
  }

  /** f′ written in the value y = f(u) where the rule is (exp, σ, tanh), so y can be reused. */
  public java.util.Optional<java.util.function.DoubleUnaryOperator> derivativeFromValue() {
    return FunctionValues.derivativeFromValue(this);
  }

  /** d/du of the function at one number (leaky ReLU with α = 0.01), for per-element loops. */
  public double derivative1(double u) {
    return FunctionValues.partial1(this, u);
  }

  /**
   * ∂/∂xₖ at numbers, in double: the numeric form of the derivative rule
   * ({@link DerivativeRules}), for autodiff's backward pass and the compiler. At 0 the steps
   * H and sign have derivative 0 here (the autodiff convention); symbolically it is δ(0).
   */
  public double derivative(int k, double... x) {
    return FunctionValues.partial(this, k, x);
  }

  /** The value at numbers, in double precision. */
  public double apply(double... x) {
    return FunctionValues.apply(this, x);
  }

  /** The value at numbers, to the precision of {@code mc}. */
  public BigDecimal apply(MathContext mc, BigDecimal... x) {
    return FunctionValues.apply(this, mc, x);
  }
}
