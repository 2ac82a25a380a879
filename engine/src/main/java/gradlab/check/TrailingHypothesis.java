package gradlab.check;

import java.util.regex.Pattern;

/**
 * A case written after its formula, in prose: "$\frac{d}{dx}\mathrm{relu}(x) = 0$ for $x < 0$".
 * The inequality is the claim's own hypothesis, so the claim is checked under it; it used to be
 * listed as an assumption only after the claim had been refuted at x = 1.75 (found by a new
 * user). The range holds for that claim alone: the next case states its own.
 */
final class TrailingHypothesis {
  private static final Pattern JOINING_WORD = Pattern.compile(
      "(?i)\\s*,?\\s*(?:for|when|whenever|if)\\s+(?:all\\s+|every\\s+|any\\s+)?");

  private static final Pattern UNIVERSAL = Pattern.compile(
      "(?i)\\s*,?\\s*(?:for|holds for)\\s+(?:all|every|any|each)\\s+(?:real\\s+)?");
  private static final Pattern NAMES = Pattern.compile(
      "\\s*(?:\\\\?[A-Za-z]+(?:_\\{?[A-Za-z0-9]+\\}?)?\\s*,?\\s*)+");

  private TrailingHypothesis() {}

  /**
   * The names of "$σ'(z) ≤ 1/4$ for every $z$" ({@code next} names them after "for all",
   * "for every", "for any"), which a named point must not fix for this claim; null otherwise.
   */
  static java.util.List<String> universalNames(MarkdownMath.Segment claim,
      MarkdownMath.Segment next) {
    if (claim.display() || next.display() || claim.error() != null || next.error() != null
        || next.line() != claim.line() || !UNIVERSAL.matcher(next.prose()).matches()
        || !NAMES.matcher(next.latex()).matches()) {
      return null;
    }
    return java.util.Arrays.stream(next.latex().split(",")).map(String::strip)
        .filter(n -> !n.isEmpty()).toList();
  }

  /**
   * Whether {@code claim} is itself an inequality stated under {@code next} ("each factor
   * $|w_i g'(z_{i-1})| < 1$ when $|w_i| < 4$"): the text claims it, under that hypothesis. Both
   * were listed as silent assumptions (user29). Not where the prose before supposes it ("assume
   * $x > 0$ when …").
   */
  static boolean inequalityUnder(MarkdownMath.Segment claim, MarkdownMath.Segment next) {
    if (!joined(claim, next) || Hypotheses.introducesHypothesis(claim.prose())) {
      return false;
    }
    ChainSplitter.Chain c = ChainSplitter.split(claim.latex());
    ChainSplitter.Chain h = ChainSplitter.split(next.latex());
    return c.terms().size() >= 2 && Hypotheses.allInequalities(c.relations())
        && h.terms().size() >= 2 && Hypotheses.allInequalities(h.relations());
  }

  private static boolean joined(MarkdownMath.Segment claim, MarkdownMath.Segment next) {
    return !claim.display() && !next.display() && claim.error() == null && next.error() == null
        && next.line() == claim.line() && JOINING_WORD.matcher(next.prose()).matches();
  }

  /** Whether {@code next} is an inequality that {@code claim}, inline math, is stated under. */
  static boolean follows(MarkdownMath.Segment claim, MarkdownMath.Segment next) {
    if (claim.display() || next.display() || claim.error() != null || next.error() != null
        || next.line() != claim.line() || !JOINING_WORD.matcher(next.prose()).matches()) {
      return false;
    }
    ChainSplitter.Chain c = ChainSplitter.split(claim.latex());
    ChainSplitter.Chain h = ChainSplitter.split(next.latex());
    return c.terms().size() >= 2 && c.relations().contains(Relation.EQUAL)
        && h.terms().size() >= 2 && Hypotheses.allInequalities(h.relations());
  }
}
