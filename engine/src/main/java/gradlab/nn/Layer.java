package gradlab.nn;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Node;
import gradlab.math.MathFunction;
import gradlab.tensor.DType;
import gradlab.tensor.Kernels;
import gradlab.tensor.Tensor;
import java.util.List;
import java.util.Random;

/** A layer: a function of its input and its parameters. */
public sealed interface Layer {

  /** The output for input x, with this layer's parameters bound in {@code b}. */
  Node forward(Node x, Binding b);

  /** The trainable parameters, possibly none. */
  List<Parameter> parameters();

  /** y = x·W + b for x [B, in], W [in, out], b [out]. */
  record Linear(Parameter weight, Parameter bias) implements Layer {
    /** He-initialised weights for ReLU networks, Xavier otherwise; zero bias. */
    public static Linear create(String name, int in, int out, boolean he, Random random,
        DType type) {
      Tensor w = he ? Init.he(random, in, type, in, out) : Init.xavier(random, in, out, type,
          in, out);
      return new Linear(new Parameter(name + ".weight", w),
          new Parameter(name + ".bias", Tensor.zeros(type, out)));
    }

    @Override
    public Node forward(Node x, Binding b) {
      return Ad.add(Ad.matmul(x, b.leaf(weight)), b.leaf(bias));
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(weight, bias);
    }
  }

  /** 2-d convolution, weight [out, in, k, k], bias [out]. */
  record Conv2d(Parameter weight, Parameter bias, Kernels.Conv geometry) implements Layer {
    public static Conv2d create(String name, int in, int out, int kernel, Kernels.Conv g,
        Random random, DType type) {
      return new Conv2d(new Parameter(name + ".weight", Init.he(random, in * kernel * kernel,
          type, out, in, kernel, kernel)), new Parameter(name + ".bias", Tensor.zeros(type, out)),
          g);
    }

    @Override
    public Node forward(Node x, Binding b) {
      return Ad.conv2d(x, b.leaf(weight), b.leaf(bias), geometry);
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(weight, bias);
    }
  }

  record MaxPool2d(int window) implements Layer {
    @Override
    public Node forward(Node x, Binding b) {
      return Ad.maxPool2d(x, window);
    }

    @Override
    public List<Parameter> parameters() {
      return List.of();
    }
  }

  record Flatten() implements Layer {
    @Override
    public Node forward(Node x, Binding b) {
      return Ad.flatten(x);
    }

    @Override
    public List<Parameter> parameters() {
      return List.of();
    }
  }

  /**
   * An element-wise activation of the function catalogue (σ, tanh, ReLU, leaky ReLU, softplus,
   * ELU, GELU: {@link MathFunction#isActivation()}); {@code slope} is leaky ReLU's α.
   */
  record Activation(MathFunction function, double slope) implements Layer {
    public Activation {
      if (!function.isActivation()) {
        throw new IllegalArgumentException(function.inputName() + " is not an activation; "
            + "hint: one of " + java.util.Arrays.stream(MathFunction.values())
            .filter(MathFunction::isActivation).map(MathFunction::inputName).toList());
      }
    }

    @Override
    public Node forward(Node x, Binding b) {
      return function == MathFunction.LEAKY_RELU ? Ad.leakyRelu(x, slope)
          : Ad.apply(function, x);
    }

    @Override
    public List<Parameter> parameters() {
      return List.of();
    }
  }
}
