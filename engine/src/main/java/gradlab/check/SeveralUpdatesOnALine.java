package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Two updates typed on one plain-text line, {@code w ← 0.5 − 0.1·(−4) = 0.9 and b ← 1 −
 * 0.1·(−2) = 1.2} (or joined by a comma or a semicolon): read as one, the first name took the
 * last number of the line, and the report showed the point w = 1.2, the value of b (found in
 * the transcribed corpus's phone-linear-regression-by-hand, user39). Each update is read on its
 * own, in order.
 */
final class SeveralUpdatesOnALine {
  private static final Pattern UPDATE_AFTER = Pattern.compile("\\s*(?:,|;|(?<![A-Za-z])and"
      + "(?![A-Za-z]))\\s*(?=[A-Za-z][A-Za-z0-9_]*\\s*(?:←|<-|:=))");

  private SeveralUpdatesOnALine() {}

  /** The updates of {@code text}, one each; a single one where there is only one. */
  static List<String> split(String text) {
    return List.of(UPDATE_AFTER.split(text));
  }
}
