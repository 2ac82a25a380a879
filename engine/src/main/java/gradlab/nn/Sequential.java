package gradlab.nn;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Node;
import gradlab.math.MathFunction;
import java.util.ArrayList;
import java.util.List;

/** Layers applied in order. */
public record Sequential(List<Layer> layers) {
  public Sequential {
    layers = List.copyOf(layers);
  }

  public static Sequential of(Layer... layers) {
    return new Sequential(List.of(layers));
  }

  /**
   * The layers applied in order. A Conv2d followed by MaxPool2d and a ReLU runs as one fused
   * node ({@link Ad#convPoolRelu}): the same values and gradients, without the intermediates.
   */
  public Node forward(Node x, Binding b) {
    Node h = x;
    for (int i = 0; i < layers.size(); i++) {
      if (i + 2 < layers.size() && layers.get(i) instanceof Layer.Conv2d conv
          && layers.get(i + 1) instanceof Layer.MaxPool2d pool
          && layers.get(i + 2) instanceof Layer.Activation act
          && act.function() == MathFunction.RELU) {
        h = Ad.convPoolRelu(h, b.leaf(conv.weight()), b.leaf(conv.bias()), conv.geometry(),
            pool.window());
        i += 2;
      } else {
        h = layers.get(i).forward(h, b);
      }
    }
    return h;
  }

  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    layers.forEach(l -> all.addAll(l.parameters()));
    return all;
  }
}
