package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Σ or Π whose index is primed, {@code \sum_{j'=1}^{V} \exp(u_{j'})}: the softmax denominator
 * of word2vec's papers (Rong; Li), written with j′ so as not to clash with the j of its numerator.
 * The Σ readers take one letter as an index, so every such step was "cannot read: Σ with
 * symbolic bounds". The primed index is a bound variable: renamed to a letter the text does not
 * use (every {@code j'} of the text, since the text that sums over j′ means that index by it),
 * and named back in the steps shown. Stateless.
 */
final class PrimedSumIndices {
  private static final Pattern BOUND = Pattern.compile(
      "\\\\(?:sum|prod)(?:\\\\limits)?\\s*_\\s*\\{\\s*([A-Za-z])\\s*'(?!')");
  private static final List<String> FRESH = List.of("q", "p", "r", "s", "u", "v", "a", "b", "c");

  private PrimedSumIndices() {}

  /** A text with its primed Σ/Π indices renamed, and each new letter's primed original. */
  record Renamed(String text, Map<String, String> back) {
    /** {@code s} with the new letters named back as typed (a no-op where none was renamed). */
    StepResult shown(StepResult s) {
      if (back.isEmpty()) {
        return s;
      }
      return new StepResult(s.line(), named(s.lhs()), s.relation(), named(s.rhs()), s.verdict(),
          s.note());
    }

    private String named(String side) {
      String out = side;
      for (Map.Entry<String, String> e : back.entrySet()) {
        out = token(e.getKey()).matcher(out).replaceAll(Matcher.quoteReplacement(e.getValue()));
      }
      return out;
    }
  }

  /** {@code text} with each primed index of a Σ/Π renamed to a letter it does not use. */
  static Renamed rename(String text) {
    Map<String, String> back = new LinkedHashMap<>();
    String out = text;
    Matcher m = BOUND.matcher(text);
    while (m.find()) {
      String letter = m.group(1);
      if (back.containsValue(letter + "'")) {
        continue;
      }
      String fresh = FRESH.stream().filter(f -> !token(f).matcher(text).find()
          && !back.containsKey(f)).findFirst().orElse(null);
      if (fresh == null) {
        continue; // no letter to spare: left as typed (not read)
      }
      back.put(fresh, letter + "'");
      out = Pattern.compile("(?<![A-Za-z\\\\])" + letter + "\\s*'(?!')").matcher(out)
          .replaceAll(fresh);
    }
    return new Renamed(out, back);
  }

  /** The letter as a name of its own: not part of a longer name or a command. */
  private static Pattern token(String letter) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])");
  }
}
