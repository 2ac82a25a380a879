package gradlab.math;

/** A syntax error at a position of the input, with a hint. */
public final class ParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int position;
  private final String hint;

  public ParseException(String message, int position, String hint) {
    super(message);
    this.position = position;
    this.hint = hint;
  }

  /** Offset into the input (0-based) where the problem was found. */
  public int position() {
    return position;
  }

  public String hint() {
    return hint;
  }
}
