package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chain rule written with the values the text computed for its factors: Mazur's
 * {@code ∂E_total/∂w_1 = 0.036350306 * 0.241300709 * 0.05}, whose numbers are the values stated
 * for ∂E_total/∂out_h1 (line 15), ∂out_h1/∂net_h1 (line 17) and ∂net_h1/∂w_1 (line 19). Each
 * number is matched to the ∂ term the text gave exactly that value (as written); the ∂ terms
 * must telescope from the left side's ∂A/∂C. With A never defined it can be neither proved nor
 * refuted, so it is named for what it is, as {@link ChainRuleSteps} does for two factors:
 * "unknown (the chain rule through …, with the values of lines …; holds if A depends on C only
 * through …, which the text does not say)". A number that matches no value, or two ∂ terms,
 * leaves the step as it was. Stateless.
 */
final class ChainRuleValues {
  private static final Pattern PD = Pattern.compile(
      "pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern PRODUCT = Pattern.compile(
      "-?\\d+(\\.\\d+)?(\\s*\\*\\s*-?\\d+(\\.\\d+)?)+");

  private ChainRuleValues() {}

  /** The verdict where this applies, else {@code without}. */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict without) {
    Matcher whole = PD.matcher(lhs.strip());
    if (!(without instanceof StepVerdict.NotChecked) || rel != Relation.EQUAL
        || !whole.matches() || !PRODUCT.matcher(rhs.strip()).matches()) {
      return without;
    }
    List<String[]> factors = new ArrayList<>(); // {top, var, line}
    for (String number : rhs.split("\\*")) {
      List<String> keys = run.values.keysWithValue(number.strip()).stream()
          .filter(k -> PD.matcher(k).matches()).toList();
      if (keys.size() != 1) {
        return without;
      }
      Matcher m = PD.matcher(keys.get(0));
      m.matches();
      factors.add(new String[] {m.group(1), m.group(2), String.valueOf(run.values.lineOf(
          keys.get(0)))});
    }
    String a = whole.group(1);
    String c = whole.group(2);
    String at = a;
    List<String> through = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<String[]> left = new ArrayList<>(factors);
    while (!left.isEmpty()) {
      String from = at;
      String[] next = left.stream().filter(f -> f[0].equals(from)).findFirst().orElse(null);
      if (next == null) {
        return without;
      }
      left.remove(next);
      lines.add(next[2]);
      at = next[1];
      if (!left.isEmpty()) {
        through.add(LatexNames.readable(at));
      }
    }
    if (!at.equals(c) || through.isEmpty() || !ChainRuleSteps.opaque(run, a, c)) {
      return without;
    }
    return new StepVerdict.Unknown(1, 0, ChainRuleSteps.REASON + String.join(", ", through)
        + ", with the values of lines " + String.join(", ", lines) + "; holds if "
        + LatexNames.readable(a) + " depends on " + LatexNames.readable(c) + " only through "
        + String.join(", ", through) + ", which the text does not say");
  }
}
