/**
 * The derivation checker ({@link gradlab.check.DocumentChecker}), which reads LaTeX
 * ({@link gradlab.check.LatexReader}) and decides each step ({@link gradlab.check.StepChecker}),
 * refuting only what fails under every reading, confirmed by a second evaluator.
 *
 * <p>May import {@code gradlab.symbolic}, {@code gradlab.autodiff} and {@code gradlab.tensor};
 * must not import {@code gradlab.lab}, {@code gradlab.audit} or anything of the command line.
 */
package gradlab.check;
