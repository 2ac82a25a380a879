package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Var(…) and Cov(…) in a plain-text line, {@code Var(2X + 3Y) = 4 Var(X) + 9 Var(Y)}: each
 * written as the moments the LaTeX reader writes for it ({@link LatexStatistics},
 * {@link LatexCovariances}), under the independence the text states, before the line is read
 * as engine syntax. It was "not checked: Var(…) and Cov(…) of random variables are read in a
 * Markdown text (between $$ … $$), not in plain text", so a wrong weight of Var went unseen
 * (user37, user38). Where the reader refuses one (a product of names not stated independent),
 * the line is not checked with the reader's reason, never guessed.
 */
final class PlainMoments {
  /** Var(…), var(…) or Cov(…) as a word of its own, up to its opening bracket. */
  private static final Pattern MOMENT = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(Var|var|Cov)"
      + "\\s*\\(");

  private PlainMoments() {}

  /**
   * The line with its moments written out, or why one cannot be; {@code shown} maps each
   * written-out moment to the call as typed, for the report.
   */
  record Read(String text, String why, java.util.Map<String, String> shown) {}

  /** Whether a plain line writes a variance or a covariance. */
  static boolean in(String text) {
    return MOMENT.matcher(text).find();
  }

  /** The line with each Var(…) and Cov(…) as the engine syntax of its moments. */
  static Read rewrite(DocumentRun run, String text) {
    StringBuilder out = new StringBuilder();
    java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
    Matcher m = MOMENT.matcher(text);
    int at = 0;
    while (m.find(at)) {
      int close = TopLevel.closing(text, m.end() - 1, "([", ")]");
      if (close < 0) {
        return new Read(text, "a variance or covariance whose bracket is not closed", shown);
      }
      String call = text.substring(m.start(), close + 1);
      String read;
      try {
        read = LatexReader.read(UnicodeLatex.normalize(call), run.reading()).engineSyntax()
            .strip();
      } catch (RuntimeException e) {
        return new Read(text, e.getMessage(), shown);
      }
      String written = read.matches("[A-Za-z][A-Za-z0-9_]*") ? read : "(" + read + ")";
      shown.putIfAbsent(written, call);
      out.append(text, at, m.start()).append(written);
      at = close + 1;
    }
    return new Read(out.append(text.substring(at)).toString(), null, shown);
  }

  /** The results from {@code from} on with each written-out moment shown as typed. */
  static void typedInPlace(DocumentRun run, int from, java.util.Map<String, String> shown) {
    java.util.List<String> keys = new java.util.ArrayList<>(shown.keySet());
    keys.sort(java.util.Comparator.comparingInt(String::length).reversed());
    for (int k = from; k < run.out.size(); k++) {
      StepResult s = run.out.get(k);
      String lhs = s.lhs();
      String rhs = s.rhs();
      for (String key : keys) {
        lhs = lhs == null ? null : lhs.replace(key, shown.get(key));
        rhs = rhs == null ? null : rhs.replace(key, shown.get(key));
      }
      run.out.set(k, new StepResult(s.line(), lhs, s.relation(), rhs, s.verdict(), s.note()));
    }
  }
}
