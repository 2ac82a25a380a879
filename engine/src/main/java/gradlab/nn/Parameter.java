package gradlab.nn;

import gradlab.tensor.Tensor;

/** A named trainable tensor. Mutable: optimisers replace its value with {@link #setInPlace}. */
public final class Parameter {
  private final String name;
  private Tensor value;

  public Parameter(String name, Tensor value) {
    this.name = name;
    this.value = value;
  }

  public String name() {
    return name;
  }

  public Tensor value() {
    return value;
  }

  /** Replaces the value; the shape must stay the same. Mutates this parameter. */
  public void setInPlace(Tensor next) {
    if (!next.shape().equals(value.shape())) {
      throw new IllegalArgumentException("parameter " + name + ": new value " + next.shape()
          + " does not match " + value.shape());
    }
    value = next;
  }

  @Override
  public String toString() {
    return name + " " + value.shape();
  }
}
