package gradlab.check;

import java.util.regex.Pattern;

/**
 * A second update rule for a state the text already updates by a recurrence: Zaheer et al.'s Yogi
 * writes Adam's {@code v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2} in prose, then its own
 * {@code v_t = v_{t-1} - (1 - \beta_2) \mathrm{sign}(v_{t-1} - g_t^2) g_t^2} (held32). A text
 * that compares optimizers (momentum and Nesterov, Adam and AMSGrad or Yogi) does this as a rule;
 * checked as a restatement, the second rule was refuted, and every worked member of it after.
 * Where a display that differs from the old rule is again a recurrence of the same head (it uses
 * v_{t−1}), it has the reading of a new rule, and {@link ProseRestatements} takes it as one
 * (shown not checked with the difference, never ✗). Stateless.
 */
final class RestatedRecurrences {
  private RestatedRecurrences() {}

  /** Whether {@code rawHead = rawRhs} (LaTeX) is a recurrence of the text given again. */
  static boolean again(IndexedFamilies families, String rawHead, String rawRhs) {
    String head = rawHead.replaceAll("\\s+", "");
    return families.all().stream().anyMatch(f -> f.recurrence()
        && f.head().replaceAll("\\s+", "").equals(head)
        && Pattern.compile(Pattern.quote(f.base()) + "\\s*_\\s*\\{\\s*" + f.letter()
            + "\\s*-\\s*\\d+\\s*\\}").matcher(rawRhs.replaceAll("\\s+", "")).find());
  }
}
