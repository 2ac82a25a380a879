package gradlab.nn;

import gradlab.autodiff.Node;
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

  public Node forward(Node x, Binding b) {
    Node h = x;
    for (Layer l : layers) {
      h = l.forward(h, b);
    }
    return h;
  }

  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    layers.forEach(l -> all.addAll(l.parameters()));
    return all;
  }
}
