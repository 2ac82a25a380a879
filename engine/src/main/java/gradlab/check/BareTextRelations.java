package gradlab.check;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the formulas of a Markdown text's bare text ({@link BareTextRuns}) as engine-syntax
 * lines, in their place among the $…$ segments: a false step there was dropped, and the report
 * said "0 refuted" (found by a TA). The bare text is read with a heuristic cut at prose words,
 * so its ✗ is trusted only where every name the step uses is one the text's definitions use or
 * give a value; otherwise the step is not checked. A run held by a condition in words ("if
 * a ≈ 1 but y = 0") and one with LaTeX are listed as not checked, never dropped.
 *
 * <p>A run that gives a name a meaning ({@code C = -[y ln a + …]}, {@code f(x) = …}) is read as
 * a definition, a new one where the name had one (never a claim against the old meaning); where
 * it cannot be read, the steps after it that use the name are not checked (it may have changed:
 * a first reading kept the old C in force and refuted a true ∂C/∂a, user22's 03).
 */
final class BareTextRelations {
  static final String CONDITIONAL = "stated under a condition in words (if, when, for, because "
      + "…) in bare text, which is not read as a claim";
  static final String LATEX = "a formula outside $…$ that could not be read: LaTeX outside $…$ "
      + "is not read (put it between $…$)";
  static final String UNREAD = "a formula outside $…$ that could not be read: ";
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{L}[\\p{L}\\p{N}_]*"
      + "(?![\\p{L}\\p{N}_]|\\s*[(′'])");
  /** A number alone on the right: "a = 0.98" names a value, it defines nothing. */
  private static final Pattern NUMBER = Pattern.compile("\\s*[-+−]?\\d+(?:[.,]\\d+)?\\s*");

  /** The reasons of a formula the readers could not read at all. */
  private static final Pattern UNREADABLE = Pattern.compile("cannot read|not understood|syntax "
      + "error|not engine syntax");

  private BareTextRelations() {}

  /** A name a bare formula gave a meaning that was not read: engine name, as typed, line. */
  record Blocked(String name, String shown, int line) {}

  /** Reads one run in place; the run's line keeps its place in the report. */
  static void readInPlace(DocumentRun run, BareTextRuns.Run r, List<Blocked> blocked) {
    String text = r.text();
    if (r.lead() != null) { // "$\frac{∂C}{∂z}$ = (a − y)·σ'(z)": the $…$ is the left side
      String left = run.read(r.lead());
      text = left != null ? "(" + left + ") " + text : text.replaceFirst("^\\s*\\S", "");
    }
    boolean latex = r.latex();
    if (latex) { // \frac{dL}{dw} = (a - y) x without $…$: each LaTeX term by the LaTeX reader
      String plain = plain(run, text);
      latex = plain == null;
      text = plain == null ? text : plain;
    }
    // [ ] here are brackets; C named as in the $…$ (capc), so that both read one C
    java.util.Map<String, String> shown = new java.util.HashMap<>();
    text = latex ? text : BareDefinitions.asLatexNames(text.replace('[', '(').replace(']', ')'),
        shown);
    run.shownNames.addInPlace(shown);
    BareDefinitions.Head head = BareDefinitions.head(text);
    Object before = head == null ? null : BareDefinitions.meaning(run, head.name());
    int from = run.out.size();
    if (latex) {
      run.notChecked(r.line(), r.text(), LATEX);
    } else if (r.quoted()) { // "a common mistake is to write …": not the text's claim
      run.notChecked(r.line(), r.text(), QuotedAsWrong.REASON);
      return;
    } else if (r.conditional()) {
      run.notChecked(r.line(), r.text(), CONDITIONAL);
      return; // a condition names no meaning
    } else {
      boolean anew = head != null && head.single() && !NUMBER.matcher(head.rhs()).matches()
          && BareDefinitions.meaning(run, head.name()) != null;
      // C = … of a C the text defined: a new meaning, as "$C = …$" in prose, never a claim
      run.plainInPlace(r.line(), anew ? "let " + text : text);
      trustInPlace(run, from);
    }
    if (head != null && !readAsMeaning(run, head, before, from)) {
      run.unread.putIfAbsent(head.name(), r.line()); // it may have changed: later uses unchecked
      blocked.add(new Blocked(head.name(), shown.getOrDefault(head.name(), head.name()),
          r.line()));
    }
    for (int k = from; k < run.out.size(); k++) { // say where the formula was
      StepResult s = typed(run.out.get(k), shown);
      run.out.set(k, s);
      if (s.verdict() instanceof StepVerdict.NotChecked n && !n.reason().startsWith(UNREAD)
          && UNREADABLE.matcher(n.reason()).find()) {
        run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
            new StepVerdict.NotChecked(UNREAD + n.reason()), s.note()));
      }
    }
  }

  /** A bare run with LaTeX as engine syntax, each LaTeX term read by the LaTeX reader; or null. */
  private static String plain(DocumentRun run, String text) {
    ChainSplitter.Chain c = ChainSplitter.split(text);
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < c.terms().size(); k++) {
      String t = c.terms().get(k);
      String e = t.contains("\\") ? run.read(UnicodeLatex.normalize(t)) : t;
      if (e == null || e.isBlank()) {
        return null;
      }
      out.append(k == 0 ? "" : " " + c.relations().get(k - 1).symbol() + " ").append(
          t.contains("\\") ? "(" + e + ")" : e);
    }
    return out.toString();
  }

  /**
   * Every ✗ after a blocked name's line whose step writes that name becomes not checked: some
   * readings (Σ written out) do not consult the unread names, and the name may have changed.
   */
  static void guardInPlace(DocumentRun run, List<Blocked> blocked) {
    for (Blocked b : blocked) {
      Pattern written = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + Pattern.quote(b.name()) + "|"
          + Pattern.quote(b.shown()) + ")(?![\\p{L}\\p{N}_])");
      for (int k = 0; k < run.out.size(); k++) {
        StepResult s = run.out.get(k);
        if (s.verdict() instanceof StepVerdict.Refuted && s.line() > b.line()
            && written.matcher(s.lhs() + " " + s.rhs()).find()) {
          run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
              new StepVerdict.NotChecked(b.shown() + " is given a definition on line " + b.line()
                  + " that cannot be read"), s.note()));
        }
      }
    }
  }

  /** {@code s} with the names renamed for the reader (capc) shown as typed (C). */
  private static StepResult typed(StepResult s, java.util.Map<String, String> shown) {
    String lhs = s.lhs();
    String rhs = s.rhs();
    for (var e : shown.entrySet()) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(e.getKey())
          + "(?![\\p{L}\\p{N}_])");
      lhs = lhs == null ? null : p.matcher(lhs).replaceAll(Matcher.quoteReplacement(e.getValue()));
      rhs = rhs == null ? null : p.matcher(rhs).replaceAll(Matcher.quoteReplacement(e.getValue()));
    }
    return lhs == null || lhs.equals(s.lhs()) && java.util.Objects.equals(rhs, s.rhs()) ? s
        : new StepResult(s.line(), lhs, s.relation(), rhs, s.verdict(), s.note());
  }

  /** Whether the run's results show its head given a meaning that was read. */
  private static boolean readAsMeaning(DocumentRun run, BareDefinitions.Head head,
      Object before, int from) {
    boolean unreadResult = run.out.subList(from, run.out.size()).stream()
        .anyMatch(s -> s.verdict() instanceof StepVerdict.NotChecked);
    if (run.out.size() == from) {
      return BareDefinitions.meaning(run, head.name()) != null; // read, shown nowhere
    }
    return !unreadResult || !Objects.equals(before, BareDefinitions.meaning(run, head.name()))
        && !run.unread.containsKey(head.name());
  }

  /** A ✗ with a name no definition of the text uses: the cut at prose words may be wrong. */
  private static void trustInPlace(DocumentRun run, int from) {
    for (int k = from; k < run.out.size(); k++) {
      StepResult s = run.out.get(k);
      if (s.verdict() instanceof StepVerdict.Refuted) {
        String unknown = unknownName(run, s.lhs() + " " + s.rhs());
        if (unknown != null) {
          run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
              new StepVerdict.NotChecked(unknown + " is used in bare text here but in no "
                  + "definition of the text; not refuted"), s.note()));
        }
      }
    }
  }

  /** A name of {@code text} that the context neither defines, gives a value, nor uses; or null. */
  private static String unknownName(DocumentRun run, String text) {
    Matcher m = NAME.matcher(PlainNames.asEngineNames(text));
    while (m.find()) {
      String n = m.group();
      if (n.equals("E") || n.equals("pi") || LatexStatistics.isMoment(n) // Var(X), read
          || run.ctx.defines(n) || run.ctx.point()
          .containsKey(n) || run.functions.contains(n)) {
        continue;
      }
      List<gradlab.symbolic.Definition> defs = run.ctx.definitions();
      if (defs.stream().noneMatch(d -> !d.rhs().isFreeOf(n))) {
        return n;
      }
    }
    return null;
  }
}
