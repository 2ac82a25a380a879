package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition the prose states without math delimiters: "$$f(x) = \max(\alpha x, x)$$ for
 * 0 &lt; α &lt; 1." (Obsidian, Notion, ChatGPT pasted as text). After "for", "where", "with",
 * "if", "assume", "when", "provided", "given", a bare chain of inequalities on one name and
 * numbers ("0 &lt; α &lt; 1", "x &gt; 0", "λ ≥ 0") is a hypothesis, read as if written in
 * $…$: listed as {@code [assumption]} and bounding that name's sampled range. It used to be
 * dropped, and f'(x) = α for x &lt; 0 was ✗ at α = 1.68, a value the text rules out (a new
 * user). A condition that opens the prose right after a formula ("… $$…$$ for 0 &lt; α &lt; 1")
 * governs that formula as well, so it is assumed before the formula is checked; the others are
 * assumed before the formula they precede. Anything else in prose (two names, an equality) is
 * left alone: a condition the reader cannot bound is no hypothesis here.
 */
final class ProseHypotheses {
  private static final String WORDS = "(?:for|where|with|if|assume|assuming|when|whenever|"
      + "provided(?:\\s+that)?|given|suppose|and)";
  private static final String TERM = "(?:[-−+]?\\s*(?:\\d+(?:\\.\\d+)?|\\\\?[A-Za-z]+|"
      + "\\p{IsGreek})(?:_\\{?[A-Za-z0-9]+\\}?|[₀-₉]+)?)";
  private static final String REL = "\\s*(?:<=|>=|<|>|≤|≥|\\\\leq?|\\\\geq?|\\\\lt|\\\\gt)\\s*";
  private static final Pattern CONDITION = Pattern.compile("(?i)(?<![\\p{L}\\\\$])" + WORDS
      + "\\s+(?:all\\s+|every\\s+|any\\s+|some\\s+)?(" + TERM + "(?:" + REL + TERM + "){1,2})"
      + "(?=\\s*(?:[.,;:)!?]|$|\\s+(?:and|or|then|we|the|it|so)\\b))");
  /** "for α ∈ (0, 1)", "where x ∈ ℝ_{>0}": a membership after the same words. */
  private static final Pattern MEMBER = Pattern.compile("(?i)(?<![\\p{L}\\\\$])" + WORDS
      + "\\s+(?:all\\s+|every\\s+|any\\s+|some\\s+)?(" + TERM + "\\s*(?:∈|\\\\in(?![A-Za-z]))"
      + "\\s*(?:[(\\[\\]][^()\\[\\]]{1,24}[)\\]\\[]|[ℝℕℤ][₊⁺]?|\\\\mathbb\\s*\\{?[RNZ]\\}?"
      + "(?:[_^]\\{[^{}]{1,6}\\}|[_^][+*])?))(?=\\s*(?:[.,;:)!?]|$|\\s+(?:and|or|then|we|the|it|so)"
      + "\\b))");
  private static final Pattern OPENING = Pattern.compile("^\\s*[,;]?\\s*(?:\\(\\s*)?$");
  private static final Pattern NUMBER = Pattern.compile("[-−+]?\\s*\\d+(?:\\.\\d+)?");

  /**
   * One condition found in prose.
   *
   * @param latex the condition as LaTeX (Unicode Greek written as commands)
   * @param opens whether it opens the prose, right after the formula before it
   */
  record Condition(String latex, boolean opens) {}

  private ProseHypotheses() {}

  /** The bare conditions in {@code prose} (text between two math segments, or after the last). */
  static List<Condition> in(String prose) {
    List<Condition> out = new ArrayList<>();
    if (prose == null || prose.isEmpty()) {
      return out;
    }
    Matcher m = CONDITION.matcher(prose);
    while (m.find()) {
      String chain = m.group(1).strip();
      if (!oneName(chain)) {
        continue;
      }
      String latex = UnicodeLatex.normalize(chain.replace('−', '-'));
      boolean opens = OPENING.matcher(prose.substring(0, m.start())).matches();
      out.add(new Condition(latex, opens));
    }
    Matcher member = MEMBER.matcher(prose);
    while (member.find()) {
      String range = IntervalMemberships.asInequalities(UnicodeLatex.normalize(member.group(1)
          .strip().replace('−', '-'))).orElse("");
      if (!range.isEmpty()) {
        boolean opens = OPENING.matcher(prose.substring(0, member.start())).matches();
        out.add(new Condition(range, opens));
      }
    }
    return out;
  }

  /** Whether the chain bounds exactly one name by numbers (0 < α < 1, x > 0). */
  private static boolean oneName(String chain) {
    String[] terms = chain.split(REL);
    int names = 0;
    for (String t : terms) {
      if (!NUMBER.matcher(t.strip()).matches()) {
        names++;
      }
    }
    return names == 1 && terms.length >= 2;
  }

  /**
   * Assumes each condition of {@code prose} for which {@code opening} is its place: the
   * conditions that open it when {@code opening}, the others otherwise.
   */
  static void assumeInPlace(DocumentRun run, int line, String prose, boolean opening) {
    for (Condition c : in(prose)) {
      if (c.opens() == opening) {
        ChainSplitter.Chain chain = ChainSplitter.split(c.latex());
        if (chain.terms().size() >= 2 && Hypotheses.allInequalities(chain.relations())) {
          run.assume(line, chain, c.latex());
        }
      }
    }
  }

  /**
   * Before segment {@code k} is checked: the conditions its prose states before it (all of them
   * for the first segment), then those that open the prose after it, which govern it too.
   */
  static void assumeAllInPlace(DocumentRun run, String text, List<MarkdownMath.Segment> segments,
      int k) {
    MarkdownMath.Segment seg = segments.get(k);
    assumeInPlace(run, seg.line(), seg.prose(), false);
    if (k == 0) {
      assumeInPlace(run, seg.line(), seg.prose(), true);
    }
    String after = k + 1 < segments.size() ? segments.get(k + 1).prose() : tail(text, seg);
    assumeInPlace(run, endLine(seg), after, true);
  }

  /** The text after the last math segment of a Markdown text (its closing delimiter skipped). */
  static String tail(String text, MarkdownMath.Segment last) {
    int from = 0;
    for (int n = 1; n < last.line() && from >= 0; n++) {
      from = text.indexOf('\n', from) + 1;
    }
    int at = text.indexOf(last.latex(), Math.max(0, from));
    if (at < 0) {
      return "";
    }
    String rest = text.substring(at + last.latex().length());
    return rest.replaceFirst("^(?:\\$\\$|\\$|\\\\\\]|\\\\\\))", "");
  }

  /** The last line of a segment: where a condition that opens the prose after it stands. */
  private static int endLine(MarkdownMath.Segment seg) {
    return seg.line() + (int) seg.latex().chars().filter(c -> c == '\n').count();
  }
}
