package gradlab.check;

import gradlab.math.Parser;
import gradlab.math.Symbols;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names the text states to be independent: the names in the inline math of a sentence
 * whose prose says "independent" or "i.i.d." ("the weights $w$ and the inputs $x$ are
 * independent"), from that sentence on. Names never so stated are not independent, so E[a b]
 * stays unread for them. "The elements in $W_l$ … independent" also states it of w_l, the small
 * letter He writes for one element. Not thread-safe; one per document.
 */
final class IndependenceStatements {
  private static final String PLAIN_NAME = "[A-Za-z](?:_\\{?[0-9A-Za-z]+\\}?|[0-9])?";
  private static final Pattern STATED = Pattern.compile("(?i)(?<!not )(?<!n't )\\b("
      + "independent(ly)?|i\\.i\\.d\\.?|iid)\\b");
  /** A family written as its first and last member: w_1, \dots, w_n. */
  private static final Pattern FAMILY = Pattern.compile("([A-Za-z])_\\{?1\\}?\\s*,\\s*"
      + "\\\\[lc]?dots\\s*,\\s*\\1_\\{?[A-Za-z]\\}?");
  /** Plain names, then "be/are independent": X and Y, X, Y and Z, x_1 and x_2. */
  private static final Pattern PLAIN_STATED = Pattern.compile("(?<![\\p{L}\\p{N}_$\\\\])("
      + PLAIN_NAME + "(?:\\s*,\\s*" + PLAIN_NAME + ")*\\s*,?\\s+and\\s+" + PLAIN_NAME
      + ")\\s+(?:are|be|is)\\s+(?:mutually\\s+|pairwise\\s+)?independent\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:](\\s|$)|\\n\\s*\\n");

  /** The moments the same prose states in words (zero mean, variance $σ^2$). */
  final StatedMoments moments = new StatedMoments();
  /** The names the same prose calls constants (a scalar $a$). */
  final ConstantNames constants = new ConstantNames();
  private final Set<String> independent = new HashSet<>();
  /** "the elements in $W_l$": the prose just before a matrix speaks of its elements. */
  private static final Pattern ELEMENTS = Pattern.compile("(?i)\\b(elements|entries)\\s+(in|of)"
      + "\\s*$");
  private final Set<String> sentenceNames = new HashSet<>();
  private boolean elements;
  private boolean stated;

  /**
   * The prose between two math segments: a sentence end or a paragraph break forgets the
   * sentence's names; "independent" states the independence of the names of its sentence.
   */
  void prose(String text) {
    constants.prose(text);
    plainInPlace(text);
    elements = ELEMENTS.matcher(text).find();
    Matcher m = STATED.matcher(text);
    boolean keyword = m.find();
    if (SENTENCE_END.matcher(keyword ? text.substring(0, m.start()) : text).find()) {
      sentenceNames.clear();
      stated = false;
    }
    if (keyword) {
      stated = true;
      independent.addAll(sentenceNames);
      if (SENTENCE_END.matcher(text.substring(m.end())).find()) {
        sentenceNames.clear();
        stated = false;
      }
    }
  }

  /**
   * An inline formula of the current sentence: its names (of a distribution statement
   * {@code w_m \sim \mathcal{N}(0, 1)}, the left side's).
   */
  void inlineMath(String latex) {
    constants.inlineMath(latex);
    Matcher family = FAMILY.matcher(latex);
    while (family.find()) { // $w_1, \dots, w_n$ be independent: w₁ … w₅ of the written-out sums
      for (int k = 1; k <= SymbolicSums.MOST; k++) {
        try {
          String name = LatexReader.read(family.group(1) + "_{" + k + "}").engineSyntax();
          sentenceNames.add(name);
          if (stated) {
            independent.add(name);
          }
        } catch (RuntimeException e) {
          // a name the reader does not take: nothing to note
        }
      }
    }
    String named = latex.split("\\\\sim(?![A-Za-z])")[0]; // w_m \sim N(0, σ²): the name w_m
    java.util.List<String> terms = new java.util.ArrayList<>();
    for (String item : TopLevel.split(named, ',')) { // $x_1, x_2$ be independent
      terms.addAll(ChainSplitter.split(item).terms());
    }
    for (String term : terms) {
      try {
        Set<String> names = new HashSet<>(Symbols.of(Parser.parse(LatexReader.parserInput(
            LatexReader.read(term).engineSyntax()))));
        if (elements) { // "the elements in $W_l$": He writes one of them w_l
          Set.copyOf(names).stream().filter(n -> n.startsWith("cap") && n.length() > 3)
              .forEach(n -> names.add(n.substring(3))); // capwl (W_l) → wl (w_l)
        }
        sentenceNames.addAll(names);
        if (stated) {
          independent.addAll(names);
        }
      } catch (RuntimeException e) {
        // not a formula of names: nothing to note
      }
    }
  }

  /**
   * Names stated independent in plain letters, "Let X and Y be independent", "X, Y and Z are
   * independent random variables": the names in $…$ only had been read, so Var(X + Y) in a
   * plain text was never the sum of the Vars (user37, user38). "are not independent" states
   * nothing.
   */
  void plainInPlace(String text) {
    Matcher m = PLAIN_STATED.matcher(text);
    while (m.find()) {
      for (String n : m.group(1).split("\\s*(?:,|\\band\\b)\\s*")) {
        try {
          independent.addAll(Symbols.of(Parser.parse(LatexReader.parserInput(
              LatexReader.read(n.strip()).engineSyntax()))));
        } catch (RuntimeException e) {
          // not a name the reader takes: nothing stated
        }
      }
    }
  }

  /** The names stated independent so far. */
  Set<String> names() {
    return Set.copyOf(independent);
  }
}
