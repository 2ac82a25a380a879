package gradlab.optim;

/** A NaN or infinite gradient: training stops here instead of spreading it. */
public final class NonFiniteGradientException extends ArithmeticException {
  private final long step;

  public NonFiniteGradientException(long step, String parameter) {
    super("training diverged at step " + step + ": the gradient of " + parameter
        + " is NaN or infinite; hint: lower the learning rate or check the inputs");
    this.step = step;
  }

  public long step() {
    return step;
  }
}
