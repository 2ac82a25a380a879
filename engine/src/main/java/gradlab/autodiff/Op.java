package gradlab.autodiff;

/** The primitive operations. Each has exactly one backward rule in {@link BackwardRules}. */
public enum Op {
  /** An input or parameter: differentiable, no inputs. */
  LEAF,
  /** A constant: not differentiated. */
  CONSTANT,
  ADD, MUL, MATMUL,
  /** aᵖ for a constant exponent p. */
  POW,
  /**
   * An element-wise function of the catalogue ({@link gradlab.math.MathFunction}: exp, log, σ,
   * tanh, softplus, GELU, ELU, leaky ReLU, max, …) of one or two inputs: the value is the
   * catalogue's double value, the backward rule its double derivative, so the list of functions
   * and their formulas live in one place.
   */
  FUNCTION,
  /** max(0, a): the catalogue's ReLU on the tensor kernel's fast path (the same values). */
  RELU,
  /** Sum of all elements: a scalar. */
  SUM,
  /** Mean of all elements: a scalar. */
  MEAN,
  /** mean over the batch of −log softmax(logits)[label]: logits [B, K], labels [B]. */
  SOFTMAX_CROSS_ENTROPY,
  /** x [N,C,H,W] ⋆ w [K,C,R,S] + b [K]. */
  CONV2D,
  /** Max over non-overlapping square windows. */
  MAX_POOL2D,
  /**
   * relu(maxPool2d(conv2d(x, w, b))) in one pass: x, w, b as CONV2D, the window as param. The
   * same values and gradients as the three primitives in a row, without their intermediates.
   */
  CONV_POOL_RELU,
  RESHAPE
}
