package gradlab.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line text bar with examples/s, loss and ETA, redrawn with a carriage return at most
 * every {@code everySeconds}; the final state stays on screen. Writes to the given stream only.
 */
public final class ProgressBar implements Progress {
  private static final int WIDTH = 28;
  private final PrintStream out;
  private final String label;
  private final double everySeconds;
  private double lastDraw = -1;

  public ProgressBar(PrintStream out, String label, double everySeconds) {
    this.out = out;
    this.label = label;
    this.everySeconds = everySeconds;
  }

  @Override
  public void update(long done, long total, double loss, double seconds) {
    if (done < total && seconds - lastDraw < everySeconds) {
      return;
    }
    lastDraw = seconds;
    out.print("\r" + line(label, done, total, loss, seconds));
    out.flush();
  }

  @Override
  public void finish(long total, double seconds) {
    out.println();
    out.flush();
  }

  /**
   * The bar's text, e.g.
   * {@code "run ████░░ 40% 3200/8000 · 4512 ex/s · loss 0.2310 · ETA 1.1s"}.
   */
  static String line(String label, long done, long total, double loss, double seconds) {
    double f = total == 0 ? 1 : (double) done / total;
    int full = (int) Math.round(f * WIDTH);
    double rate = seconds > 0 ? done / seconds : 0;
    double eta = rate > 0 ? (total - done) / rate : 0;
    return String.format(Locale.ROOT, "%s %s%s %3d%% %d/%d · %.0f ex/s · loss %.4f · %s %s",
        label, "█".repeat(full), "░".repeat(WIDTH - full), Math.round(f * 100), done, total, rate,
        loss, done < total ? "ETA" : "took", duration(done < total ? eta : seconds));
  }

  /** "4.2s" under a minute, else "3m07s". */
  static String duration(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1fs", seconds);
    }
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
