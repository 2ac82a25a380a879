package gradlab.autodiff;

import gradlab.math.MathFunction;
import gradlab.tensor.Kernels;
import gradlab.tensor.PoolRoutes;
import gradlab.tensor.Tensor;
import java.util.List;

/**
 * One value in a computation graph: the operation, its inputs, its forward value and the
 * operation's constant parameters. Immutable. Nodes are compared by identity in the reverse
 * sweep (two leaves over the same tensor are two variables).
 *
 * @param op the primitive
 * @param inputs the operands, in the primitive's order
 * @param value the forward value
 * @param param the constant parameter: exponent of POW, window of MAX_POOL2D and
 *     CONV_POOL_RELU
 * @param conv stride and padding of CONV2D and CONV_POOL_RELU, else null
 * @param routes where CONV_POOL_RELU's gradients go (saved by its forward pass), else null
 * @param function the catalogue function of FUNCTION, else null
 */
public record Node(Op op, List<Node> inputs, Tensor value, double param, Kernels.Conv conv,
    PoolRoutes routes, MathFunction function) {
  public Node {
    inputs = List.copyOf(inputs);
  }

  /** A node that is not a catalogue function. */
  public Node(Op op, List<Node> inputs, Tensor value, double param, Kernels.Conv conv,
      PoolRoutes routes) {
    this(op, inputs, value, param, conv, routes, null);
  }

  /** A node that saves nothing for its backward pass but its inputs and value. */
  public Node(Op op, List<Node> inputs, Tensor value, double param, Kernels.Conv conv) {
    this(op, inputs, value, param, conv, null);
  }

  public Node input(int i) {
    return inputs.get(i);
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return (function == null ? op.toString() : function.inputName()) + " " + value.shape();
  }
}
