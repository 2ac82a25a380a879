package gradlab.autodiff;

import gradlab.tensor.ShapeMismatchException;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reverse sweep: ∂output/∂node for the requested nodes, returned as a map (nodes never hold
 * gradients). Gradients of a node used several times are summed.
 */
public final class Gradients {
  private final Map<Node, Tensor> byNode;

  private Gradients(Map<Node, Tensor> byNode) {
    this.byNode = byNode;
  }

  /** Gradients of a scalar loss. */
  public static Gradients of(Node loss, List<Node> wrt) {
    if (loss.value().size() != 1) {
      throw new ShapeMismatchException("gradient of a non-scalar: the output has shape "
          + loss.value().shape() + "; hint: reduce it with sum() or mean() first");
    }
    return backward(loss, Tensor.scalar(1).to(loss.value().dtype()), wrt);
  }

  /** Vector–Jacobian product: gradients of Σ upstream ⊙ output. */
  public static Gradients backward(Node output, Tensor upstream, List<Node> wrt) {
    if (!upstream.shape().equals(output.value().shape())) {
      throw new ShapeMismatchException("backward: upstream gradient " + upstream.shape()
          + " does not match output " + output.value().shape());
    }
    List<Node> order = topological(output);
    Map<Node, Tensor> adjoint = new IdentityHashMap<>();
    adjoint.put(output, upstream);
    for (int i = order.size() - 1; i >= 0; i--) {
      Node n = order.get(i);
      Tensor g = adjoint.get(n);
      if (g == null) {
        continue;
      }
      Tensor[] local = BackwardRules.backward(n, g);
      for (int k = 0; k < local.length; k++) {
        if (local[k] != null) {
          adjoint.merge(n.input(k), local[k], Tensor::add);
        }
      }
    }
    Map<Node, Tensor> out = new IdentityHashMap<>();
    for (Node w : wrt) {
      out.put(w, adjoint.getOrDefault(w, Tensor.zeros(w.value().dtype(),
          w.value().shape().dims())));
    }
    return new Gradients(out);
  }

  private static List<Node> topological(Node root) {
    List<Node> order = new ArrayList<>();
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    // iterative DFS (deep chains would overflow the stack)
    List<Node> stack = new ArrayList<>(List.of(root));
    List<Integer> next = new ArrayList<>(List.of(0));
    seen.put(root, true);
    while (!stack.isEmpty()) {
      Node n = stack.get(stack.size() - 1);
      int i = next.get(next.size() - 1);
      if (i < n.inputs().size()) {
        next.set(next.size() - 1, i + 1);
        Node in = n.input(i);
        if (seen.put(in, true) == null) {
          stack.add(in);
          next.add(0);
        }
      } else {
        order.add(n);
        stack.remove(stack.size() - 1);
        next.remove(next.size() - 1);
      }
    }
    return order;
  }

  /** ∂output/∂node; zeros when the output does not depend on it. */
  public Tensor get(Node node) {
    Tensor g = byNode.get(node);
    if (g == null) {
      throw new IllegalArgumentException("no gradient was requested for " + node);
    }
    return g;
  }
}
