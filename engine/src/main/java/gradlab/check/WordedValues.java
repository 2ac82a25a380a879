package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a plain-text line gives names in words the reader does not take as a point: a title
 * "Exercise 5 (x1 = 1, b1 = 1)" (dropped), "Exercise 5 with x1 = 1" (read as a claim). A
 * student tester's z = w + 1 after z = w*x1 + b1 was ✗ at x1 = −1.93, though the text gave
 * x1 = 1. Each "name = number" of such a line is kept as a value the text gave
 * ({@link EarlierPoints}): a later ✗ at another value of the name stands only where the step
 * fails at the given value too. It decides nothing itself and never makes a ✗.
 */
final class WordedValues {
  /** A plain name (the engine's spelling) given a number, between separators. */
  private static final Pattern GIVEN = Pattern.compile("(?<![\\p{L}\\p{N}_.'′*/^+\\-])"
      + "([A-Za-z][A-Za-z0-9]*)\\s*=\\s*([-+]?\\d+(?:\\.\\d+)?)(?=\\s*(?:$|[,;:)]|\\s(?![*/^+\\-])))");

  private WordedValues() {}

  /** Records every name the line gives a number, as a value the text gave on {@code line}. */
  static void noteInPlace(DocumentRun run, int line, String text) {
    Matcher m = GIVEN.matcher(text);
    while (m.find()) {
      try {
        var value = run.engine.eval(m.group(2));
        if (!run.ctx.defines(m.group(1)) && run.earlierPoints.valueOf(m.group(1))
            .filter(v -> !v.equals(value)).isPresent()) {
          // a name given another number: values computed at the old one are stale, also where
          // its point's scope has ended ("z = 0 => dL/dz = -0.45", then "z = 3 => dL/dz approx
          // 0.0026" was ✗ with the value computed at z = 0; a student's label smoothing)
          run.values.clear();
        }
        run.earlierPoints.boundInPlace(m.group(1), value, line);
      } catch (RuntimeException e) {
        // a number the engine does not read gives no value
      }
    }
  }
}
