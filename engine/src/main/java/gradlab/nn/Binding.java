package gradlab.nn;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Gradients;
import gradlab.autodiff.Node;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leaves of one forward pass: each parameter is bound to one leaf node, so that gradients
 * can be read back per parameter. One binding per forward pass.
 */
public final class Binding {
  private final Map<Parameter, Node> leaves = new IdentityHashMap<>();
  private final List<Parameter> order = new ArrayList<>();

  public Node leaf(Parameter p) {
    return leaves.computeIfAbsent(p, k -> {
      order.add(k);
      return Ad.leaf(k.value());
    });
  }

  /** ∂loss/∂parameter for every parameter used in the pass, in order of first use. */
  public Map<Parameter, Tensor> gradients(Node loss) {
    List<Node> nodes = order.stream().map(leaves::get).toList();
    Gradients g = Gradients.of(loss, nodes);
    Map<Parameter, Tensor> out = new LinkedHashMap<>();
    for (Parameter p : order) {
      out.put(p, g.get(leaves.get(p)));
    }
    return out;
  }
}
