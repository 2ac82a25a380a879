package gradlab.polyglot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a guest evaluation may print: the first {@link #LIMIT} bytes go through, then one line
 * says the rest was dropped ({@code print("x" * 100_000_000)} filled a terminal and a file with
 * 100 MB, user23). {@link #resetInPlace} starts the count again for the next evaluation.
 * Thread-safe.
 */
public final class BoundedOutput extends OutputStream {
  /** The most one evaluation prints: 10 MiB. */
  public static final long LIMIT = 10L << 20;
  private final OutputStream target;
  private final long limit;
  private long written;
  private boolean said;

  /** @param limit the most bytes that go through until the next {@link #resetInPlace} */
  public BoundedOutput(OutputStream target, long limit) {
    this.target = target;
    this.limit = limit;
  }

  /** The line that ends output cut at {@code limit} bytes. */
  public static String note(long limit) {
    return "\n(output truncated after " + Math.max(1, limit >> 20) + " MB; the rest of this "
        + "evaluation's output was dropped)\n";
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    long room = limit - written;
    int through = (int) Math.max(0, Math.min(room, len));
    if (through > 0) {
      target.write(b, off, through);
      written += through;
    }
    if (through < len && !said) {
      said = true;
      target.write(note(limit).getBytes(StandardCharsets.UTF_8));
      target.flush();
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }

  /** Starts the count again: a new evaluation may print {@code limit} bytes. Mutates. */
  public synchronized void resetInPlace() {
    written = 0;
    said = false;
  }

  /**
   * Runs {@code work} with {@code System.out} and {@code System.err} bounded to {@code limit}
   * bytes each, and puts the streams back after it. Java in the console and in .jsh scripts runs
   * in this JVM and prints to them: an endless print loop poured into the terminal until the
   * time limit or Ctrl-C, where Python's and JavaScript's prints were cut (user23).
   */
  public static <T> T systemStreamsDuring(long limit, java.util.function.Supplier<T> work) {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.PrintStream boundedOut = new java.io.PrintStream(new BoundedOutput(out, limit), true,
        StandardCharsets.UTF_8);
    java.io.PrintStream boundedErr = new java.io.PrintStream(new BoundedOutput(err, limit), true,
        StandardCharsets.UTF_8);
    System.setOut(boundedOut);
    System.setErr(boundedErr);
    try {
      return work.get();
    } finally {
      boundedOut.flush();
      boundedErr.flush();
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** {@code text} cut to the limit, with the note, for a value shown as text. */
  public static String bounded(String text, long limit) {
    return text.length() <= limit ? text
        : text.substring(0, (int) limit) + note(limit).stripTrailing();
  }
}
