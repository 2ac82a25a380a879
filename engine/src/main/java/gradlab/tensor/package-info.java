/**
 * Immutable n-dimensional tensors, row-major, in float32 or float64, with broadcasting,
 * reshaping, slicing, reductions, and the dense kernels: float64 matrix products through EJML
 * and convolution by im2col (the reference path); float32 products, convolutions, pooling and
 * ReLU through our own kernels on both cores ({@code FloatGemm}: register-blocked with
 * {@code jdk.incubator.vector} when the module is present, a bit-identical scalar twin
 * otherwise; {@code DirectConv}: convolution without im2col; {@code FusedConv}: convolution,
 * 2×2 max-pooling and ReLU in one pass, behind {@link gradlab.tensor.ConvPoolRelu}, with a
 * backward pass over only the routed positions, {@code PooledBackward} and its kernels
 * {@code PooledGradient}, vector and bit-identical scalar).
 *
 * <p>Owns: {@link gradlab.tensor.Shape}, {@link gradlab.tensor.Tensor} (shown by
 * {@link gradlab.tensor.TensorText}, a matrix row by row), the static kernels in
 * {@link gradlab.tensor.Kernels} and {@link gradlab.tensor.ConvPoolRelu} with its opaque
 * {@link gradlab.tensor.PoolRoutes}; everything else here is package-private. Must not import any
 * other gradlab package. Only {@code VectorGemm} (with its {@code VectorBlock4x2},
 * {@code VectorBlock4x3}, {@code VectorBlock8x3} and {@code VectorTail}) and
 * {@code VectorPooledGradient} may touch {@code jdk.incubator.vector}, and only through
 * {@code FloatGemm.best()} and {@code PooledGradient.best()}, so a JVM without the module never
 * loads them.
 */
package gradlab.tensor;
