package gradlab.optim;

import gradlab.nn.Parameter;
import gradlab.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε)
 * with bias-corrected m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 */
public final class Adam implements Optimizer {
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final Map<Parameter, Tensor> m = new IdentityHashMap<>();
  private final Map<Parameter, Tensor> v = new IdentityHashMap<>();
  private long steps;

  public Adam(double lr, double beta1, double beta2, double eps) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
  }

  public static Adam defaults(double lr) {
    return new Adam(lr, 0.9, 0.999, 1e-8);
  }

  @Override
  public void stepInPlace(Map<Parameter, Tensor> gradients) {
    long t = steps + 1;
    Optimizer.checkFinite(gradients, t);
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    gradients.forEach((p, g) -> {
      Tensor mp = m.containsKey(p) ? m.get(p).scale(beta1).add(g.scale(1 - beta1))
          : g.scale(1 - beta1);
      Tensor g2 = g.mul(g);
      Tensor vp = v.containsKey(p) ? v.get(p).scale(beta2).add(g2.scale(1 - beta2))
          : g2.scale(1 - beta2);
      m.put(p, mp);
      v.put(p, vp);
      Tensor step = Tensor.zip(mp, vp, (a, b) -> lr * (a / c1) / (Math.sqrt(b / c2) + eps),
          "adam");
      p.setInPlace(p.value().sub(step).to(p.value().dtype()));
    });
    steps = t;
  }

  @Override
  public long steps() {
    return steps;
  }
}
