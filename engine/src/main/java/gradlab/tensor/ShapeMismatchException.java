package gradlab.tensor;

/** Shapes that do not fit an operation; the message names the operation, shapes and a hint. */
public final class ShapeMismatchException extends IllegalArgumentException {
  public ShapeMismatchException(String message) {
    super(message);
  }
}
