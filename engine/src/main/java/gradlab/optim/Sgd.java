package gradlab.optim;

import gradlab.nn.Parameter;
import gradlab.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.Map;

/** SGD with momentum μ: v ← μv + g, θ ← θ − ηv (PyTorch's convention). μ = 0 is plain SGD. */
public final class Sgd implements Optimizer {
  private final double learningRate;
  private final double momentum;
  private final Map<Parameter, Tensor> velocity = new IdentityHashMap<>();
  private long steps;

  public Sgd(double learningRate, double momentum) {
    if (!(learningRate > 0) || momentum < 0 || momentum >= 1) {
      throw new IllegalArgumentException("sgd: need learning rate > 0 and 0 ≤ momentum < 1, got "
          + learningRate + ", " + momentum);
    }
    this.learningRate = learningRate;
    this.momentum = momentum;
  }

  @Override
  public void stepInPlace(Map<Parameter, Tensor> gradients) {
    Optimizer.checkFinite(gradients, steps + 1);
    gradients.forEach((p, g) -> {
      Tensor v = momentum == 0 ? g : velocity.containsKey(p)
          ? velocity.get(p).scale(momentum).add(g) : g;
      velocity.put(p, v);
      p.setInPlace(p.value().sub(v.scale(learningRate)).to(p.value().dtype()));
    });
    steps++;
  }

  @Override
  public long steps() {
    return steps;
  }
}
