package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the formulas of a Markdown text's bare text ({@link BareTextRuns}) as engine-syntax
 * lines, in their place among the $…$ segments: a false step there was dropped, and the report
 * said "0 refuted" (found by a TA). The bare text is read with a heuristic cut at prose words,
 * so its ✗ is trusted only where every name the step uses is one the text's definitions use or
 * give a value; otherwise the step is not checked. A run held by a condition in words ("if
 * a ≈ 1 but y = 0") and one with LaTeX are listed as not checked, never dropped.
 */
final class BareTextRelations {
  static final String CONDITIONAL = "stated under a condition in words (if, when, for, because "
      + "…) in bare text, which is not read as a claim";
  static final String LATEX = "LaTeX outside $…$ is not read (put it between $…$)";
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{L}[\\p{L}\\p{N}_]*"
      + "(?![\\p{L}\\p{N}_]|\\s*[(′'])");

  private BareTextRelations() {}

  /** Reads one run in place; the run's line keeps its place in the report. */
  static void readInPlace(DocumentRun run, BareTextRuns.Run r) {
    if (r.latex()) {
      run.notChecked(r.line(), r.text(), LATEX);
      return;
    }
    if (r.conditional()) {
      run.notChecked(r.line(), r.text(), CONDITIONAL);
      return;
    }
    int before = run.out.size();
    run.plainInPlace(r.line(), r.text());
    for (int k = before; k < run.out.size(); k++) {
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
      if (n.equals("E") || n.equals("pi") || run.ctx.defines(n) || run.ctx.point()
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
