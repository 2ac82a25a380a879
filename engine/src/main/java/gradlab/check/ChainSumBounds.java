package gradlab.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Σ whose bounds a chain states once: Parr and Howard's {@code \frac{\partial}{\partial z}
 * \sum_{i=1}^n (x_i+z) = \sum_i \frac{\partial}{\partial z} (x_i+z) = \sum_i (0 + 1) = n}. The
 * later {@code \sum_i} of the same chain runs over the same i = 1 … n; written without bounds it
 * is a Σ over a set the step does not say, so {@code \sum_i (0 + 1) = n} could not be read.
 * Bounds are carried only from a term of the same chain, for the same index, and only where the
 * chain gives that index one set of bounds; the rows of an aligned display that go on from the
 * row before are one chain.
 */
final class ChainSumBounds { // one per document run: the chain read last
  private static final Pattern BOUNDED = Pattern.compile(
      "\\\\sum(?:\\\\limits)?\\s*_\\{\\s*([A-Za-z])\\s*=\\s*(\\d+)\\s*\\}\\s*\\^\\s*(\\{[^{}]*\\}|[A-Za-z0-9])");
  private static final Pattern BARE = Pattern.compile(
      "\\\\sum(\\\\limits)?\\s*_(?:\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))(?!\\s*\\^)");

  private final Map<String, String> bounds = new HashMap<>();
  private final Set<String> clash = new HashSet<>();
  private String last = "";

  /**
   * Notes the bounds of a chain's Σs; a chain that does not go on from the last one (its first
   * term is not that chain's last, as the rows of an aligned display do) starts afresh.
   */
  void readInPlace(List<String> chain) {
    if (!chain.get(0).strip().equals(last)) {
      bounds.clear();
      clash.clear();
    }
    for (String t : chain) {
      Matcher m = BOUNDED.matcher(t);
      while (m.find()) {
        String b = "_{" + m.group(1) + "=" + m.group(2) + "}^{" + m.group(3).replaceAll(
            "^\\{|\\}$", "").strip() + "}";
        String was = bounds.putIfAbsent(m.group(1), b);
        if (was != null && !was.equals(b)) {
          clash.add(m.group(1));
        }
      }
    }
    last = chain.get(chain.size() - 1).strip();
  }

  /** {@code term} with each Σ over an index alone given the bounds its chain states for it. */
  String inherit(String term) {
    Matcher m = BARE.matcher(term);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String index = m.group(2) != null ? m.group(2) : m.group(3);
      String b = clash.contains(index) ? null : bounds.get(index);
      m.appendReplacement(out, Matcher.quoteReplacement(b == null ? m.group() : "\\sum" + b
          + " "));
    }
    m.appendTail(out);
    return out.toString();
  }
}
