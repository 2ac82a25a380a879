package gradlab.check;

/** LaTeX the reader does not understand; the step is reported as not checked with this reason. */
public final class UnsupportedLatexException extends IllegalArgumentException {
  public UnsupportedLatexException(String message) {
    super(message);
  }
}
