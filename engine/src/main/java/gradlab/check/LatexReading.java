package gradlab.check;

import java.util.Set;

/**
 * One way of reading notation that admits two: a bare layer superscript ({@code a^L},
 * {@code z^l}) as an index or a power, and a name before brackets ({@code f_1(x)}) as a product
 * or an application (and σ before a factor as the sigmoid applied or a quantity times it). The
 * checker reads a step under the default and, when the reader met such
 * a construct, under the alternative too; a step is refuted only when every reading fails.
 *
 * @param superscriptAsPower read {@code a^L} as a power instead of an index
 * @param juxtapositionAsApplication read {@code f_1(x)} as f₁ applied to x instead of f₁·x
 * @param operatorOverSum read {@code \frac{d}{dx} x^2 + 3x} as d/dx of the whole sum instead of
 *     of the product that follows ({@link OperatorReach})
 * @param eAsEuler read {@code e^{…}} as Euler's number raised where the text also defines a
 *     quantity e (an error e = ŷ − y), instead of as that quantity
 * @param piAsConstant read a bare π as the constant 3.14159… where the text gives π a number of
 *     its own (a mixing weight π = 0.3, {@link TextPi}), instead of as that quantity
 * @param functions one-letter names the text defines as functions (a(t) = …)
 * @param variables names the text defines as quantities (then {@code a(1 - a)} is a product)
 * @param independent names the text states to be independent (then E[x y] = E[x] E[y]; see
 *     {@link LatexStatistics})
 * @param constants names the text calls constants (a scalar, a decay rate): E and Var take
 *     them out as numbers ({@link ConstantNames})
 * @param parameters the parameter names of the functions of several arguments the text
 *     defines (∇L of L(w₁, w₂) = … is the gradient in w₁, w₂)
 */
public record LatexReading(boolean superscriptAsPower, boolean juxtapositionAsApplication,
    boolean operatorOverSum, boolean eAsEuler, boolean piAsConstant, Set<String> functions,
    Set<String> variables, Set<String> independent, Set<String> constants,
    java.util.Map<String, java.util.List<String>> parameters) {
  public LatexReading {
    parameters = java.util.Map.copyOf(parameters);
    functions = Set.copyOf(functions);
    variables = Set.copyOf(variables);
    independent = Set.copyOf(independent);
    constants = Set.copyOf(constants);
  }

  public static LatexReading defaults() {
    return new LatexReading(false, false, false, false, false, Set.of(), Set.of(), Set.of(),
        Set.of(), java.util.Map.of());
  }

  public static LatexReading of(Set<String> functions, Set<String> variables) {
    return new LatexReading(false, false, false, false, false, functions, variables, Set.of(),
        Set.of(), java.util.Map.of());
  }

  /** The other reading of every ambiguous construct. */
  public LatexReading alternative() {
    return new LatexReading(!superscriptAsPower, !juxtapositionAsApplication, !operatorOverSum,
        !eAsEuler, !piAsConstant, functions, variables, independent, constants, parameters);
  }

  /** This reading, where the text has stated these names to be independent. */
  public LatexReading withIndependence(Set<String> names) {
    return new LatexReading(superscriptAsPower, juxtapositionAsApplication, operatorOverSum,
        eAsEuler, piAsConstant, functions, variables, names, constants, parameters);
  }

  /** This reading, where the text calls these names constants. */
  public LatexReading withConstants(Set<String> names) {
    return new LatexReading(superscriptAsPower, juxtapositionAsApplication, operatorOverSum,
        eAsEuler, piAsConstant, functions, variables, independent, names, parameters);
  }

  /** This reading, where the text defines functions of several arguments with these names. */
  public LatexReading withParameters(java.util.Map<String, java.util.List<String>> named) {
    return new LatexReading(superscriptAsPower, juxtapositionAsApplication, operatorOverSum,
        eAsEuler, piAsConstant, functions, variables, independent, constants, named);
  }
}
