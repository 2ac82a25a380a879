package gradlab.check;

import gradlab.math.Parser;
import gradlab.math.Symbols;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text constrains in words that the checker does not sample: a label "is a one-hot
 * vector" (its components are 0 or 1 and sum to 1), "a probability vector", components that
 * "sum to one". d2l's {@code \sum_j y_j \log \sum_k \exp(o_k) = \log \sum_k \exp(o_k)} holds
 * for such a y only; sampled as any numbers it fails. A step that fails only at a point where
 * such a name (or a component of it, y1, y_j) takes a value the constraint may exclude is not
 * refuted: it is "not checked", naming the constraint and the point. Proofs are kept: what
 * holds for every value holds for the constrained ones. The name is the inline math right
 * before the words ("$\mathbf{y}$ is a one-hot vector") or right after them ("a one-hot
 * label $y$"), within a few words. Not thread-safe; one per document.
 */
final class StatedConstraints {
  private static final Pattern STATED = Pattern.compile("(?i)\\b(one-hot|one hot|"
      + "probability (vector|distribution)|sums? (up )?to (one|1)\\b|either [01]\\b(?: \\([^()]*\\))?"
      + " or [01]\\b|\\b(?:0 or 1|1 or 0)\\b)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:](\\s|$)|\\n\\s*\\n");
  /** At most this many words between the name and the words that constrain it. */
  private static final int NEAR = 4;

  private final Map<String, String> constrained = new java.util.LinkedHashMap<>();
  private Set<String> lastNames = Set.of();
  private String pending;
  private final java.util.List<SumConstraints.Sum> sums = new java.util.ArrayList<>();
  private final Set<String> labels = new LinkedHashSet<>();

  /** The prose between two math segments. */
  void prose(String text) {
    Matcher m = STATED.matcher(text);
    if (!m.find()) {
      pending = null;
      if (SENTENCE_END.matcher(text).find()) {
        lastNames = Set.of();
      }
      return;
    }
    String before = text.substring(0, m.start());
    String found = m.group(1).toLowerCase(java.util.Locale.ROOT).replace("one hot", "one-hot");
    String words = found.matches(".*\\bor\\b.*") ? "0 or 1" : found;
    boolean named = !lastNames.isEmpty() && !SENTENCE_END.matcher(before).find()
        && wordCount(before) <= NEAR;
    if (named) { // "$\mathbf{y}$ is a one-hot vector of length $q$": y, not q
      lastNames.forEach(n -> constrained.putIfAbsent(n, words));
    }
    String after = text.substring(m.end());
    pending = !named && !SENTENCE_END.matcher(after).find() && wordCount(after) <= NEAR
        ? words : null;
    lastNames = Set.of();
  }

  /** An inline formula: its names, constrained where the words just before it said so. */
  void inlineMath(String latex) {
    Set<String> names = new LinkedHashSet<>();
    try {
      names.addAll(Symbols.of(Parser.parse(LatexReader.parserInput(
          LatexReader.read(latex).engineSyntax()))));
    } catch (RuntimeException e) {
      // not a formula of names: nothing to note
    }
    SumConstraints.parse(latex).ifPresent(sums::add); // y_1 + y_2 = 1
    if (pending != null) {
      String words = pending;
      names.forEach(n -> constrained.putIfAbsent(n, words));
      pending = null;
    }
    lastNames = names;
  }

  /**
   * {@code v}, or "not checked" where it is a refutation at a point that gives a constrained
   * name (or one of its components) a value.
   */
  StepVerdict guard(StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted r)) {
      return v;
    }
    for (String key : r.point().keySet()) {
      for (Map.Entry<String, String> c : constrained.entrySet()) {
        double value = r.point().get(key);
        boolean allowed = c.getValue().equals("0 or 1") && (value == 0 || value == 1)
            || FiniteValueSets.allows(c.getValue(), value) // y = −1 of y ∈ {−1, 1}
            || c.getValue().equals("one-hot") && firstUnitVector(r, c.getKey());
        if (!allowed && (key.equals(c.getKey())
            || key.matches(Pattern.quote(c.getKey()) + "(\\d+|[a-z])"))) {
          return new StepVerdict.NotChecked("the text states " + LatexNames.readable(c.getKey())
              + " is " + c.getValue() + ", a constraint the checker does not sample; it "
              + r.evidence().replaceFirst("^refuted", "fails"));
        }
      }
    }
    for (String y : labels) {
      for (String key : r.point().keySet()) {
        if (!constrained.containsKey(y) && (key.equals(y)
            || key.matches(Pattern.quote(y) + "(\\d+|[a-z])"))) {
          return new StepVerdict.NotChecked(LatexNames.readable(y) + " are the labels of a "
              + "cross-entropy the text writes (Σ " + LatexNames.readable(y) + "ᵢ log …), "
              + "which texts take as one-hot or summing to 1 without saying so; the checker "
              + "does not sample that, and the step " + r.evidence().replaceFirst("^refuted",
              "fails for free labels"));
        }
      }
    }
    return v;
  }

  /**
   * Whether {@code r} was found with the one-hot label {@code y} written out as (1, 0, …) and
   * every component of y its point names agrees with that (y₁ = 1 named, the others 0): a
   * label the text allows. The write-out sets the components the point does not name.
   */
  private static boolean firstUnitVector(StepVerdict.Refuted r, String y) {
    if (!r.detail().contains("one-hot label the text states taken as (1, 0, …)")) {
      return false;
    }
    for (Map.Entry<String, Double> e : r.point().entrySet()) {
      Matcher m = Pattern.compile(Pattern.quote(y) + "(\\d+|[a-z])").matcher(e.getKey());
      if (e.getKey().equals(y) || m.matches() && !(m.group(1).matches("\\d+")
          && e.getValue() == (m.group(1).equals("1") ? 1 : 0))) {
        return false;
      }
    }
    return true;
  }

  /** Notes the labels of a cross-entropy a formula writes ({@link CrossEntropyLabels}). */
  void labelsInPlace(String latex) {
    labels.addAll(CrossEntropyLabels.in(latex));
  }

  /** The labels of the cross-entropies the text writes, one-hot or a distribution. */
  Set<String> labels() {
    return java.util.Collections.unmodifiableSet(labels);
  }

  /** The sums of names the text states ({@link SumConstraints}), in the order stated. */
  java.util.List<SumConstraints.Sum> sums() {
    return java.util.List.copyOf(sums);
  }

  /** Records a constraint the text states in math ({@link BinaryValues}). */
  void constrainInPlace(String name, String words) {
    constrained.putIfAbsent(name, words);
  }

  /** The words that constrain {@code name}, or null where none do. */
  String words(String name) {
    return constrained.get(name);
  }

  /** The names the text states are 0 or 1 ("either 1 (positive) or 0"). */
  Set<String> binary() {
    Set<String> out = new LinkedHashSet<>();
    constrained.forEach((n, words) -> {
      if (words.equals("0 or 1")) {
        out.add(n);
      }
    });
    return out;
  }

  /** The names the text states are one-hot (written out, the first unit vector is one). */
  Set<String> oneHot() {
    Set<String> out = new LinkedHashSet<>();
    constrained.forEach((n, words) -> {
      if (words.equals("one-hot")) {
        out.add(n);
      }
    });
    return out;
  }

  private static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
