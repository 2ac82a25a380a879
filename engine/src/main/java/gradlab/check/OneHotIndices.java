package gradlab.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step written out for a size with a one-hot label set to (1, 0, …) that still has the
 * label's component at a free index (y_j): the component was sampled as any number, a value
 * the text excludes, so its refutation was only "not checked". The free index is an index of
 * the step, so the step claims each of its values: written out at j = 1 (the hot index, y_j =
 * 1) and j = 2 (a cold one, y_j = 0), a failure there is at a label the text allows.
 * "−y_j + p_j Σ_k y_k = y_j − p_j" fails at j = 1 for K = 2 (a student tester's planted slip,
 * which was "not checked").
 */
final class OneHotIndices {
  private static final Pattern SUBSCRIPT = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])");

  private OneHotIndices() {}

  /**
   * {@code f}, or the refutation of the step with the label's free index written out, where
   * one fails at a point that gives no free-index component a value; "unknown" where it holds
   * at each index tried.
   */
  static StepVerdict atFreeIndex(DocumentRun run, StepVerdict.Refuted f, String l, String r,
      int size, Function<List<String>, StepVerdict> recheck) {
    Set<String> letters = freeLetters(run, f.point().keySet());
    if (letters.isEmpty()) {
      return f;
    }
    int held = 0;
    int tried = Math.min(size, 2);
    for (int value = 1; value <= tried; value++) {
      String wl = l;
      String wr = r;
      for (String c : letters) {
        wl = written(wl, c, value);
        wr = written(wr, c, value);
      }
      StepVerdict w;
      try {
        w = recheck.apply(List.of(wl, wr));
      } catch (RuntimeException e) {
        continue;
      }
      if (w instanceof StepVerdict.Refuted g && freeLetters(run, g.point().keySet()).isEmpty()
          && g.point().keySet().stream().noneMatch(k -> letters.stream().anyMatch(
          c -> k.matches(".*[0-9]" + c + "[0-9]*")))) {
        return new StepVerdict.Refuted(g.point(), g.lhs(), g.rhs(), "at the free index "
            + String.join(", ", letters) + " = " + value + (value == 1 ? ", the label's hot "
            + "index" : ", a cold index of the label") + (g.detail().isEmpty() ? "" : "; "
            + g.detail()));
      }
      held += w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown u
          && u.samples() > 0 ? 1 : 0;
    }
    // at every index the label allows it holds: the failure was at a y_j no label has
    return held == tried ? new StepVerdict.Unknown(1, 0, "holds at the free index "
        + String.join(", ", letters) + " = 1" + (tried > 1 ? ", 2" : "") + " with the "
        + "one-hot label taken as (1, 0, …)") : f;
  }

  /** The free index letters of one-hot components among {@code names} (j of yj). */
  private static Set<String> freeLetters(DocumentRun run, Set<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String y : run.constraints.oneHot()) {
      Pattern p = Pattern.compile(Pattern.quote(y) + "([a-z])");
      for (String n : names) {
        Matcher m = p.matcher(n);
        if (m.matches()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** {@code latex} with the index letter {@code c} standing alone in a subscript set. */
  static String written(String latex, String c, int value) {
    Pattern alone = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(c) + "(?![A-Za-z])");
    Matcher g = SUBSCRIPT.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (g.find()) {
      String sub = g.group(1) != null ? g.group(1) : g.group(2);
      g.appendReplacement(b, Matcher.quoteReplacement("_{" + alone.matcher(sub)
          .replaceAll(String.valueOf(value)) + "}"));
    }
    return g.appendTail(b).toString();
  }
}
