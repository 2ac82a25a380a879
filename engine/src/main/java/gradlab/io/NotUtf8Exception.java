package gradlab.io;

/** A text file that is not UTF-8: "FILE is not UTF-8 (byte N)", N counted from 0. */
public final class NotUtf8Exception extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final long offset;

  /** @param offset the first byte that is not UTF-8, counted from 0 */
  public NotUtf8Exception(String file, long offset) {
    super(file + " is not UTF-8 (byte " + offset + "); hint: save it as UTF-8, e.g. "
        + "iconv -f latin1 -t utf-8");
    this.offset = offset;
  }

  /** The first byte that is not UTF-8, counted from 0. */
  public long offset() {
    return offset;
  }
}
