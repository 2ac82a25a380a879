package gradlab.check;

/**
 * The name of a quantity given a new definition the reader cannot read that a formula the reader
 * cannot read either still uses: after "Hence in general $v_t = \sum_{k=1}^{t} …$" the display
 * $v_t = g \sum_{k=0}^{t-1} \beta^k$ was written out over t with v_t's old recurrence and no
 * v_0, and refuted at v_0 = −1.93 although the text states v_0 = 0 (found by a lecturer). Such
 * a step is not checked, as the note on the unread definition promises.
 */
final class UnreadUses {
  private UnreadUses() {}

  /**
   * The first name {@code latex} writes that an earlier line than {@code line} gave an unread
   * definition, or null (a closed form that is itself the unread line is still written out).
   */
  static String of(DocumentRun run, int line, String latex) {
    if (run.unread.isEmpty()) {
      return null;
    }
    for (String name : FormulaNames.of(latex, run.reading())) {
      if (run.unread.containsKey(name) && run.unread.get(name) < line) {
        return name;
      }
    }
    return null;
  }
}
