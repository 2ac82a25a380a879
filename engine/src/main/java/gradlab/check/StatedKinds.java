package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the prose says what they are: "with learning rate $\alpha$", "variance $\sigma^2$",
 * "$p$ is the probability of keeping a unit", "the number of inputs $n$", "$m$ samples". The
 * name is a lone name in inline math (σ² names σ) within a few words after the words, or right
 * before them ("$\alpha$ is the step size"). {@link ImpliedDomains} reads a refutation outside
 * what such a name stands for again inside it. Not thread-safe; one per document.
 */
final class StatedKinds {
  private static final Pattern WORDS = Pattern.compile("(?i)\\b(learning[- ]rates?|step[- ]"
      + "sizes?|standard deviations?|variances?|probability(?! (?:vector|distribution))|"
      + "probabilities|norms?|distances?|number of \\w+(?: \\w+)?|sample size|batch size)\\b");
  /** "$m$ samples": a count named before the noun. */
  private static final Pattern COUNTED = Pattern.compile("(?i)^\\s*(samples|examples|data "
      + "points|observations|inputs|units|neurons|points|terms|draws|trials)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:](\\s|$)|\\n\\s*\\n");
  private static final Pattern SQUARED = Pattern.compile("\\s*\\^\\s*(?:2|\\{\\s*2\\s*\\})\\s*$");
  private static final int NEAR = 3;

  private final Map<String, ImpliedKind> kinds = new LinkedHashMap<>();
  private ImpliedKind pending;
  private String lastName;

  /** The names the text has said what they are, in the order stated. */
  Map<String, ImpliedKind> kinds() {
    return Map.copyOf(kinds);
  }

  /** The prose between two math segments. */
  void prose(String text) {
    if (lastName != null) {
      Matcher c = COUNTED.matcher(text);
      if (c.find()) {
        kinds.putIfAbsent(lastName, ImpliedKind.COUNT);
      } else {
        Matcher m = WORDS.matcher(text);
        if (m.find() && text.substring(0, m.start()).matches("(?i)\\s*(?:is|be|denotes?|"
            + "stands? for)\\s+(?:the|a|an|our)?\\s*(?:\\w+\\s+)?")) {
          kinds.putIfAbsent(lastName, kind(m.group(1)));
        }
      }
    }
    lastName = null;
    pending = null;
    Matcher m = WORDS.matcher(text);
    int end = -1;
    String found = null;
    while (m.find()) {
      end = m.end();
      found = m.group(1);
    }
    if (found != null) {
      String after = text.substring(end);
      boolean near = !SENTENCE_END.matcher(after).find() && words(after) <= NEAR
          && !after.matches("(?s).*\\b(?:of|and|in|at|for|to|by)\\s*$");
      pending = near ? kind(found) : null;
    }
  }

  /** An inline formula: a lone name is named what the words just before it said. */
  void inlineMath(DocumentRun run, String latex) {
    String name = null;
    try {
      String bare = latex.strip();
      boolean squared = SQUARED.matcher(bare).find();
      String read = run.read(SQUARED.matcher(bare).replaceFirst(""));
      if (read != null && EngineNames.is(read.strip())) {
        name = read.strip();
        ImpliedKind k = !squared ? pending : pending == ImpliedKind.VARIANCE
            || pending == ImpliedKind.SCALE ? ImpliedKind.SCALE : null; // σ² names σ
        if (k != null) {
          kinds.putIfAbsent(name, k);
        }
      }
    } catch (RuntimeException e) {
      // not a lone name: nothing to note
    }
    pending = null;
    lastName = name;
  }

  private static ImpliedKind kind(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.startsWith("learning") || w.startsWith("step")) {
      return ImpliedKind.RATE;
    }
    if (w.startsWith("standard")) {
      return ImpliedKind.SCALE;
    }
    if (w.startsWith("variance")) {
      return ImpliedKind.VARIANCE;
    }
    if (w.startsWith("probabilit")) {
      return ImpliedKind.PROBABILITY;
    }
    if (w.startsWith("norm") || w.startsWith("distance")) {
      return ImpliedKind.NORM;
    }
    return ImpliedKind.COUNT;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
