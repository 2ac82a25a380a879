package gradlab.data;

/** A data file or fetch that cannot be used; the message names the file and the fix. */
public final class DataException extends RuntimeException {
  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
