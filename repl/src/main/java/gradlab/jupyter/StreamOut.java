package gradlab.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * An output stream whose text is published as Jupyter {@code stream} messages ({@code stdout}
 * or {@code stderr}) when flushed. The kernel installs two as {@code System.out} and
 * {@code System.err}, so that what Java snippets print reaches the notebook. Thread-safe.
 */
final class StreamOut extends OutputStream {
  private final String name;
  private final BiConsumer<String, String> publish;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  /** @param publish called with the stream's name and the text */
  StreamOut(String name, BiConsumer<String, String> publish) {
    this.name = name;
    this.publish = publish;
  }

  @Override
  public synchronized void write(int b) {
    buffer.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    buffer.write(b, off, len);
  }

  @Override
  public synchronized void flush() {
    if (buffer.size() > 0) {
      String text = buffer.toString(StandardCharsets.UTF_8);
      buffer.reset();
      publish.accept(name, text);
    }
  }
}
