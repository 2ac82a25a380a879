package gradlab.optim;

import gradlab.nn.Parameter;
import gradlab.tensor.Tensor;
import java.util.Map;

/** Updates parameters from their gradients. Keeps its own state (velocities, moments, step). */
public sealed interface Optimizer permits Sgd, Adam {

  /**
   * One update of every parameter in {@code gradients}. Mutates the parameters and this
   * optimiser's state.
   *
   * @throws NonFiniteGradientException before changing anything, if a gradient is not finite
   */
  void stepInPlace(Map<Parameter, Tensor> gradients);

  /** Number of steps taken. */
  long steps();

  static void checkFinite(Map<Parameter, Tensor> gradients, long step) {
    gradients.forEach((p, g) -> {
      if (g.hasNonFinite()) {
        throw new NonFiniteGradientException(step, p.name());
      }
    });
  }
}
