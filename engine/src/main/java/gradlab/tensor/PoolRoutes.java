package gradlab.tensor;

/**
 * Where the gradient of each output of a max-pool followed by ReLU goes: per output, the position
 * of its window's first maximum (row-major within the window, 0 … window² − 1), or −1 when ReLU
 * cut the output (maximum ≤ 0 or NaN) and no gradient flows. Written by the forward pass of
 * {@link ConvPoolRelu}, read by its backward pass. Immutable: the codes are never changed after
 * the forward pass.
 */
public final class PoolRoutes {
  private final Shape shape;
  private final byte[] codes;

  PoolRoutes(Shape shape, byte[] codes) {
    this.shape = shape;
    this.codes = codes;
  }

  /** The shape of the pooled output [N, K, H′/window, W′/window]. */
  public Shape shape() {
    return shape;
  }

  /** The code array itself, for kernels in this package. */
  byte[] codes() {
    return codes;
  }

  /** How many outputs pass a gradient (code ≥ 0); for tests and reports. */
  public int open() {
    int n = 0;
    for (byte c : codes) {
      n += c >= 0 ? 1 : 0;
    }
    return n;
  }
}
