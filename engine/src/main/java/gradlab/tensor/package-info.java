/**
 * Immutable n-dimensional tensors, row-major, in float32 or float64, with broadcasting,
 * reshaping, slicing, reductions, and the dense kernels (matrix product through EJML,
 * convolution by im2col, max-pooling).
 *
 * <p>Owns: {@link gradlab.tensor.Shape}, {@link gradlab.tensor.Tensor} and the static kernels in
 * {@link gradlab.tensor.Kernels}. Must not import any other gradlab package.
 */
package gradlab.tensor;
