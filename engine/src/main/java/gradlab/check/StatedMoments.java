package gradlab.check;

import gradlab.math.Parser;
import gradlab.math.Sym;
import gradlab.symbolic.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moments the prose states in words: "the weights $W_{ij}$ are drawn independently. … this
 * distribution has zero mean and variance $\sigma^2$", "the inputs $x_j$ … have zero mean and
 * variance $\gamma^2$" (d2l's Xavier argument). They become the definitions E[W_ij] = 0 and
 * Var(W_ij) = σ², listed as "[stated in words]" at the value's line, so the exact algebra of
 * moments ({@link LatexStatistics}) decides the steps that follow.
 *
 * <p>Whose moments: the last name written alone as inline math ($x_j$, $\mathbf{W}$) earlier in
 * the same sentence; where the sentence has none, the one name of the sentence before ("this
 * distribution", "they"); two there, or none, and nothing is stated. The variance is the inline
 * formula right after the word "variance" (a bare name or a formula; "variance 1" in words is
 * not read). One per document; not thread-safe; modified by {@link #proseInPlace} and
 * {@link #segmentInPlace}.
 */
final class StatedMoments {
  private static final Pattern ZERO_MEAN = Pattern.compile("(?i)\\b(zero[- ]mean|mean\\s+(of\\s+)?"
      + "zero|mean\\s+0)\\b");
  private static final Pattern VARIANCE_LAST = Pattern.compile("(?i)\\bvariance\\s*(?:of\\s*|"
      + "equal\\s+to\\s*|is\\s*)?$");
  private static final Pattern MEAN_LAST = Pattern.compile("(?i)\\bmean\\s*(?:of\\s*|"
      + "equal\\s+to\\s*|is\\s*)?$");
  /** A list of names, $q_i, k_i$: each is a subject ("independent with mean $0$"). */
  private static final Pattern NAME_LIST = Pattern.compile("\\s*[^,=<>]+(\\s*,\\s*[^,=<>]+)+\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](\\s|$)|\\n\\s*\\n");
  private static final Pattern SIGMA = Pattern.compile("\\\\sigma(?![A-Za-z])");
  /** A name squared: σ², \gamma^{2}, s_w^2. */
  private static final Pattern SQUARE = Pattern.compile("\\s*(\\\\?[A-Za-z]+(?:_\\{?[A-Za-z0-9]+"
      + "\\}?)?)\\s*\\^\\s*\\{?\\s*2\\s*\\}?\\s*");
  /** "with mean $\mu$", "variance is $v$": the formula after is a value, never a subject. */
  private static final Pattern VALUE_LAST = Pattern.compile("(?i)\\b(?:mean|variance|"
      + "expectation|expected\\s+value)\\s*(?:equal\\s+to\\s*|is\\s*)?$");
  private static final Pattern NEGATED = Pattern.compile("(?i)\\b(not|n't|nonzero|non-zero)\\b");

  private final List<String> sentence = new ArrayList<>();
  private List<String> previous = List.of();
  /** The name whose variance the next inline formula is; null when none is awaited. */
  private String awaitingVariance;
  /** The names whose mean the next inline formula is ("with mean $0$"); empty when none. */
  private List<String> awaitingMean = List.of();
  /** The names of the last inline list of names ($q_i, k_i$), subjects of what follows. */
  private List<String> group = List.of();
  /** The names whose variance the next inline formula is, for a list of names. */
  private List<String> awaitingGroupVariance = List.of();
  /** Whether the next inline formula is a value named by a word before it (mean $\mu$). */
  private boolean awaitingValue;
  /** A zero mean stated in the current prose, shown with the next inline formula's line. */
  private String zeroMeanOf;

  /** The prose before a segment: sentence ends, "zero mean", and "variance" as its last word. */
  void proseInPlace(DocumentRun run, String text) {
    awaitingVariance = null;
    awaitingValue = VALUE_LAST.matcher(text).find();
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (end.find()) {
      read(run, text.substring(from, end.start()), false);
      previous = List.copyOf(sentence);
      sentence.clear();
      group = List.of();
      from = end.end();
    }
    read(run, text.substring(from), true);
  }

  private void read(DocumentRun run, String part, boolean last) {
    Matcher zero = ZERO_MEAN.matcher(part);
    if (!group.isEmpty()) { // "$q_i, k_i$ are independent with zero mean and variance $1$"
      if (zero.find() && !NEGATED.matcher(part.substring(0, zero.start())).find()) {
        group.forEach(n -> define(run, "\\mathbf{E}[" + n + "]", "0"));
      }
      if (last && MEAN_LAST.matcher(part).find()) {
        awaitingMean = group;
      } else if (last && VARIANCE_LAST.matcher(part).find()) {
        awaitingMean = List.of();
        awaitingGroupVariance = group;
      }
      return;
    }
    String subject = subject();
    if (zero.find() && subject != null && !NEGATED.matcher(part.substring(0, zero.start()))
        .find()) {
      if (define(run, "\\mathbf{E}[" + subject + "]", "0")) {
        zeroMeanOf = subject;
      }
    }
    if (last && subject != null && VARIANCE_LAST.matcher(part).find() && !constant(run,
        subject)) {
      awaitingVariance = subject;
    }
  }

  /**
   * A math segment at {@code line}: inline, the awaited variance's value, else (a name alone) a
   * subject of the sentence; a display only shows a zero mean stated before it. What is stated
   * is listed at that line, "[stated in words]".
   */
  void segmentInPlace(DocumentRun run, int line, String latex, boolean display) {
    String listed = display ? shownZeroMean() : listed(run, latex);
    if (listed != null) {
      run.out.add(new StepResult(line, listed, Relation.EQUAL, "", null, "stated in words"));
    }
  }

  private String listed(DocumentRun run, String latex) {
    String listed = null;
    if (!awaitingMean.isEmpty() || !awaitingGroupVariance.isEmpty()) {
      boolean mean = !awaitingMean.isEmpty();
      List<String> of = mean ? awaitingMean : awaitingGroupVariance;
      awaitingMean = List.of();
      awaitingGroupVariance = List.of();
      String value = latex.strip();
      if (value.matches("-?\\d+(\\.\\d+)?|\\\\?[A-Za-z]+(\\^\\{?2\\}?)?")) {
        List<String> shown = new ArrayList<>();
        for (String n : of) {
          String lhs = mean ? "\\mathbf{E}[" + n + "]" : "\\mathrm{Var}(" + n + ")";
          if (define(run, lhs, value)) {
            shown.add(lhs + " = " + value);
          }
        }
        return shown.isEmpty() ? null : String.join(",\\ ", shown);
      }
    }
    if (NAME_LIST.matcher(latex).matches()) {
      List<String> names = new ArrayList<>();
      for (String part : latex.split(",")) {
        if (!isName(part)) {
          names.clear();
          break;
        }
        names.add(part.strip());
      }
      group = List.copyOf(names);
      if (!names.isEmpty()) {
        return shownZeroMean();
      }
    }
    if (awaitingVariance != null) {
      String of = awaitingVariance;
      awaitingVariance = null;
      if (SIGMA.matcher(latex).find()) {
        run.quantity("sigmav"); // "variance $\sigma^2$": σ is a number here, not the sigmoid
      }
      if (!latex.matches("(?s).*(=|<|>|\\\\[lg]eq?(?![A-Za-z])|\\\\sim).*")
          && define(run, "\\mathrm{Var}(" + of + ")", latex.strip())) { // not σ² = 2/(…)
        standardDeviationInPlace(run, latex);
        listed = (of.equals(zeroMeanOf) ? "\\mathbf{E}[" + of + "] = 0,\\ " : "")
            + "\\mathrm{Var}(" + of + ") = " + latex.strip();
        zeroMeanOf = null;
        return listed;
      }
    }
    listed = shownZeroMean();
    if (isName(latex) && !awaitingValue) { // "i.i.d. with mean $\mu$": μ is no subject
      // (it was, and "and variance $\sigma^2$" stated Var(μ) = σ², found by a lecturer)
      sentence.add(latex.strip());
    }
    return listed;
  }

  /**
   * "variance $\sigma^2$": σ is a standard deviation, so it is sampled only where it is positive
   * (0.01 to 3, as a variance is), unless the text gave it a range or a value of its own.
   */
  private static void standardDeviationInPlace(DocumentRun run, String latex) {
    Matcher m = SQUARE.matcher(latex);
    String name = m.matches() ? run.read(m.group(1)) : null;
    if (name != null && EngineNames.is(name) && !run.ctx.defines(name)
        && !run.ctx.point().containsKey(name)
        && !run.ctx.domain().intervals().containsKey(name)) {
      run.ctx = run.ctx.withDomain(run.ctx.domain().with(name, VarianceNames.LOW,
          VarianceNames.HIGH));
    }
  }

  private String shownZeroMean() {
    String of = zeroMeanOf;
    zeroMeanOf = null;
    awaitingVariance = null;
    return of == null ? null : "\\mathbf{E}[" + of + "] = 0";
  }

  private String subject() {
    if (!sentence.isEmpty()) {
      return sentence.get(sentence.size() - 1);
    }
    return previous.size() == 1 ? previous.get(0) : null;
  }

  /** Whether the text gave the name a value ($a = \sqrt{1/n}$): a constant has no variance. */
  private static boolean constant(DocumentRun run, String latex) {
    String name = run.read(latex);
    return name == null || run.ctx.defines(name) || run.ctx.point().containsKey(name);
  }

  private static boolean isName(String latex) {
    try {
      return Parser.parse(LatexReader.parserInput(LatexReader.read(latex).engineSyntax()))
          instanceof Sym;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Defines the moment {@code momentLatex} (E[x], Var(x)) as {@code value}; false if unread. */
  private static boolean define(DocumentRun run, String momentLatex, String value) {
    try {
      LatexReading r = run.reading();
      String name = LatexReader.read(momentLatex, r).engineSyntax().strip();
      if (!LatexStatistics.isMoment(name) || run.ctx.defines(name)) {
        return false;
      }
      run.ctx = run.ctx.withDefinition(new Definition(name, run.engine.eval(
          LatexReader.read(value, r).engineSyntax())));
      return true;
    } catch (RuntimeException e) {
      return false; // a value the reader cannot read states nothing here
    }
  }
}
