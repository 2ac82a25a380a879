package gradlab.script;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * "FILE: line N of M (P%)" on a terminal, redrawn in place with a carriage return, shown only
 * once a script has run for a second, and erased before anything the script prints (through
 * {@link #wrap}) and at the end, so that it never mixes with the script's own output.
 */
public final class TerminalProgress implements ScriptProgress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;
  private final PrintStream terminal;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastDraw;
  private boolean drawn;
  private boolean shown;

  /** @param terminal the stream the launcher found to be a terminal */
  public TerminalProgress(PrintStream terminal) {
    this(terminal, System::nanoTime);
  }

  TerminalProgress(PrintStream terminal, LongSupplier nanoTime) {
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  @Override
  public synchronized void at(String file, int line, int lines) {
    long now = nanoTime.getAsLong();
    if (now - start < SHOW_AFTER_NANOS || (drawn && now - lastDraw < REDRAW_NANOS)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    shown = true;
    terminal.print("\r\033[2K" + text(file, line, lines));
    terminal.flush();
  }

  @Override
  public synchronized void done() {
    erase();
  }

  /** "FILE: line N of M (P%)". */
  static String text(String file, int line, int lines) {
    long percent = lines <= 0 ? 100 : Math.min(100, 100L * (line - 1) / lines);
    return String.format(Locale.ROOT, "%s: line %d of %d (%d%%)", file, line, lines, percent);
  }

  private synchronized void erase() {
    if (shown) {
      shown = false;
      terminal.print("\r\033[2K");
      terminal.flush();
    }
  }

  /** A stream that erases the progress line before each write to {@code target}. */
  public PrintStream wrap(PrintStream target) {
    OutputStream erasing = new OutputStream() {
      @Override
      public void write(int b) {
        erase();
        target.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        erase();
        target.write(b, off, len);
      }

      @Override
      public void flush() {
        target.flush();
      }
    };
    return new PrintStream(erasing, true, StandardCharsets.UTF_8);
  }
}
