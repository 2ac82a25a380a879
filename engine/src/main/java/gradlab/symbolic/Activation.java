package gradlab.symbolic;

import gradlab.math.MathFunction;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the Symja engine needs to know of each activation of the catalogue
 * ({@link MathFunction#isActivation()}): its forms as engine templates. The names come from the
 * catalogue. Each is a Symja function of one argument (leaky ReLU also takes its slope α) that
 * stays unevaluated on symbols, so derivatives keep their names (σ′(z)), and evaluates on
 * numbers. Templates use {@code #} for the argument.
 *
 * @param function the catalogue entry (name, display name, range, derivative rule)
 * @param expForm the function written with exponentials and elementary functions
 * @param firstDerivative σ′ in named form, e.g. {@code sigma(#)*(1-sigma(#))}; null when the
 *     n-th derivative is produced by a rule in {@link ActivationCalculus}
 * @param inverse the inverse function on {@link #rangeLow()}…{@link #rangeHigh()}, or null
 * @param rangeLow infimum of the range (open), as engine input
 * @param rangeHigh supremum of the range (open), as engine input
 */
public enum Activation {
  SIGMOID(MathFunction.SIGMOID, "(1+E^(-#))^(-1)", "sigma(#)*(1-sigma(#))", "Log(#/(1-#))",
      "0", "1"),
  TANH(MathFunction.TANH, "(1-E^(-2*#))/(1+E^(-2*#))", "1-Tanh(#)^2", "ArcTanh(#)", "-1",
      "1"),
  RELU(MathFunction.RELU, "Max(0,#)", "HeavisideTheta(#)", null, "0", "Infinity"),
  LEAKY_RELU(MathFunction.LEAKY_RELU, "Max(0,#1)+#2*Min(0,#1)", null, null, "-Infinity",
      "Infinity"),
  SOFTPLUS(MathFunction.SOFTPLUS, "Log(1+E^#)", "sigma(#)", "Log(E^#-1)", "0", "Infinity"),
  ELU(MathFunction.ELU, "Piecewise({{#,#>0}},E^#-1)", "Piecewise({{1,#>0}},elu(#)+1)",
      "Piecewise({{#,#>0}},Log(1+#))", "-1", "Infinity"),
  GELU(MathFunction.GELU, "#*(1+Erf(#/Sqrt(2)))/2",
      "(1+Erf(#/Sqrt(2)))/2+#*E^(-#^2/2)/Sqrt(2*Pi)", null, "-Infinity", "Infinity");

  private final MathFunction function;
  private final String expForm;
  private final String firstDerivative;
  private final String inverse;
  private final String rangeLow;
  private final String rangeHigh;

  Activation(MathFunction function, String expForm, String firstDerivative,
      String inverse, String rangeLow, String rangeHigh) {
    this.function = function;
    this.expForm = expForm;
    this.firstDerivative = firstDerivative;
    this.inverse = inverse;
    this.rangeLow = rangeLow;
    this.rangeHigh = rangeHigh;
  }

  public MathFunction function() {
    return function;
  }

  /** The function's name in the engine ({@code sigma}, {@code Tanh}, …). */
  public String symja() {
    return TreeBridge.symjaName(function);
  }

  /** How it prints (σ, tanh, ReLU, …): the catalogue's display name. */
  public String display() {
    return function.displayName();
  }

  String expForm() {
    return expForm;
  }

  String firstDerivative() {
    return firstDerivative;
  }

  /** The inverse as a template in {@code #}, if the activation is invertible on its range. */
  public Optional<String> inverse() {
    return Optional.ofNullable(inverse);
  }

  String rangeLow() {
    return rangeLow;
  }

  String rangeHigh() {
    return rangeHigh;
  }

  /** Looks an activation up by engine name or display name, case-insensitively. */
  public static Optional<Activation> byName(String name) {
    return Arrays.stream(values())
        .filter(a -> a.symja().equalsIgnoreCase(name) || a.display().equalsIgnoreCase(name))
        .findFirst();
  }
}
