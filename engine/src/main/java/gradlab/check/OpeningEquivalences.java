package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An equivalence opening a row of an array or aligned block, as the log-sum-exp proof writes
 * its steps: {@code \begin{array}{rll} & y &= \log\sum e^{x_i} \\ \Leftrightarrow & e^y &= \sum
 * e^{x_i} \\ …}. The row's own equation is a statement, a claim as any row with a left side of
 * its own is; the connective column was read as part of the left side ("cannot read:
 * \Leftrightarrow"), so a wrong row was not located. Only a connective opening the row is
 * dropped: {@code A \iff B} inside a row, where A may be a supposition, stays as it was. The
 * arrow may also follow an empty alignment column ({@code & \iff x &= …}), as rows after a
 * definition write it (once a class EquivalenceRows of its own, merged here).
 */
final class OpeningEquivalences {
  private static final Pattern OPENING = Pattern.compile(
      "^\\s*(?:\\\\(?:Longleftrightarrow|Leftrightarrow|iff)(?![a-zA-Z])|⇔|⟺)\\s*");

  private OpeningEquivalences() {}

  /** The row's columns without an opening equivalence; the columns as they are otherwise. */
  static List<String> withoutOpening(List<String> cols) {
    if (cols.size() > 1 && cols.get(0).isBlank() && OPENING.matcher(cols.get(1)).find()) {
      List<String> out = new ArrayList<>(cols); // & ⟺ x &= …: the arrow after an empty column
      out.set(1, OPENING.matcher(cols.get(1)).replaceFirst(""));
      return out;
    }
    if (cols.isEmpty() || !OPENING.matcher(cols.get(0)).find()) {
      return cols;
    }
    String first = OPENING.matcher(cols.get(0)).replaceFirst("");
    List<String> out = new ArrayList<>(cols);
    if (first.isBlank() && cols.size() > 1) {
      out.remove(0);
    } else {
      out.set(0, first);
    }
    return out;
  }
}
