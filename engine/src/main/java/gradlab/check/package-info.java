/**
 * Cross-checks between the layers: the gradient audit compares symbolic gradients (compiled),
 * reverse-mode autodiff on the tensor backend, and central finite differences.
 *
 * <p>May import {@code gradlab.symbolic}, {@code gradlab.autodiff} and {@code gradlab.tensor};
 * must not import {@code gradlab.lab} or anything of the command line.
 */
package gradlab.check;
