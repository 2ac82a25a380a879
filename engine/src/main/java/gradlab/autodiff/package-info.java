/**
 * Reverse-mode automatic differentiation over {@link gradlab.tensor.Tensor}s.
 *
 * <p>Owns the closed set of primitive operations ({@link gradlab.autodiff.Op}), the graph nodes
 * ({@link gradlab.autodiff.Node}), the builders in {@link gradlab.autodiff.Ad}, the backward
 * rules (one exhaustive switch in {@link gradlab.autodiff.BackwardRules}), the reverse sweep
 * ({@link gradlab.autodiff.Gradients}) and the finite-difference check
 * ({@link gradlab.autodiff.GradientCheck}). Everything else (sub, div, MSE, …) is composed of the
 * primitives. The element-wise functions (exp, log, σ, tanh, softplus, GELU, ELU, …) are one
 * primitive whose value and derivative come from the function catalogue
 * ({@link gradlab.math.MathFunction}). May import {@code gradlab.tensor} and
 * {@code gradlab.math} (the catalogue; {@code gradlab.math} itself imports nothing).
 */
package gradlab.autodiff;
