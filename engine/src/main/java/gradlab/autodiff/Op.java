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
  EXP, LOG, SIGMOID, TANH, RELU,
  /** max(a, αa) for a constant slope α. */
  LEAKY_RELU,
  SOFTPLUS,
  /** a·Φ(a), with Φ the standard normal distribution function (exact, via erf). */
  GELU,
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
