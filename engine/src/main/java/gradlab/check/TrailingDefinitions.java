package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition written in prose after the display that uses it: "$$… = -p_1 \log p_1 - p_2 \log
 * p_2$$ where $p_2 = 1 - p_1$." The display was checked before p₂ had a meaning ("p₂ is not
 * defined in the text"). Only a display that defines no name itself is read so (a definition
 * keeps the text's order, as Nielsen's "$a = \sigma(z)$, where $z = wx+b$"). Definitions that
 * follow it after "where" (or "with", then
 * joined by "and" or commas), each of a name the formula writes and the text has not defined,
 * with a formula (not a number: a value after "where" would be a point) on the right, are read
 * first; the report keeps the order of the text.
 */
final class TrailingDefinitions {
  private static final Pattern WHERE = Pattern.compile("(?i)\\s*[,;.]?\\s*(?:where|with)\\s*");
  private static final Pattern JOIN = Pattern.compile("(?i)\\s*(?:,|and|,\\s*and)\\s*");
  private static final Pattern HEAD = Pattern.compile(
      "\\s*((?:[A-Za-z]|\\\\[A-Za-z]+)(?:_\\{?[A-Za-z0-9]+\\}?)?)\\s*=\\s*([^=<>]+)");

  private TrailingDefinitions() {}

  /** How many segments after {@code k} define names for it (0 where none). */
  static int count(DocumentRun run, List<MarkdownMath.Segment> segments, int k) {
    MarkdownMath.Segment claim = segments.get(k);
    if (claim.error() != null || !claim.display() || !claim.latex().contains("=")
        || definesNew(run, "", claim.latex())) {
      return 0; // a display that defines a name itself keeps the text's order of definitions
    }
    int n = 0;
    while (k + n + 1 < segments.size()) {
      MarkdownMath.Segment next = segments.get(k + n + 1);
      if (!(n == 0 ? WHERE : JOIN).matcher(next.prose()).matches() || next.display()
          || next.error() != null || !definesNew(run, claim.latex(), next.latex())) {
        break;
      }
      n++;
    }
    return n;
  }

  private static boolean definesNew(DocumentRun run, String claim, String definition) {
    if (TrailingFunctionDefinitions.definesNew(run, claim, definition)) {
      return true; // "… = h(x) + 3, where $h(x) = 2x$"
    }
    Matcher m = HEAD.matcher(definition);
    if (!m.lookingAt() || !m.group(2).matches(".*[A-Za-z].*") || !claim.isEmpty()
        && (!m.matches() || !Pattern.compile(Pattern.quote(m.group(1)) + "(?![A-Za-z])")
            .matcher(claim).find())) {
      return false;
    }
    String name = run.read(m.group(1));
    return name != null && EngineNames.is(name) && !run.ctx.defines(name)
        && !run.ctx.point().containsKey(name);
  }

  /** Reads {@code defs} segments after the one at {@code k}, then it; reports in text order. */
  static void readInPlace(DocumentRun run, List<MarkdownMath.Segment> segments, int k,
      int defs) {
    MarkdownMath.Segment claim = segments.get(k);
    run.scope(claim.prose(), claim.display());
    int from = run.out.size();
    for (MarkdownMath.Segment d : segments.subList(k + 1, k + 1 + defs)) {
      DisplayBlock.check(run, d.line(), d.latex(), false);
      run.segmentDone(d.latex(), false);
    }
    List<StepResult> definitions = new ArrayList<>(run.out.subList(from, run.out.size()));
    run.out.subList(from, run.out.size()).clear();
    int claimed = run.out.size();
    DisplayBlock.check(run, claim.line(), claim.latex(), claim.display());
    run.segmentDone(claim.latex(), claim.display());
    spanInPlace(run.out, claimed, segments.subList(k + 1, k + 1 + defs));
    run.out.addAll(definitions);
  }

  /**
   * A refuted step of the display, read with the definitions after it, spans them: the text
   * states the formula and its "where ω = …" together, and the wrong part may be either (Misra's
   * Mish derivative, f'(x) = e^x ω/δ² where ω = … with a slip in ω, was refuted two lines
   * before the slip). Its right side goes on to the last definition's line, as a step written
   * over several lines does.
   */
  private static void spanInPlace(List<StepResult> out, int from, List<MarkdownMath.Segment> defs) {
    int last = defs.getLast().line();
    String where = "where " + String.join(", ", defs.stream().map(MarkdownMath.Segment::latex)
        .toList());
    for (int j = from; j < out.size(); j++) {
      StepResult s = out.get(j);
      int end = s.line() + (int) (s.lhs() + s.rhs()).chars().filter(c -> c == '\n').count();
      if (s.verdict() instanceof StepVerdict.Refuted && end < last) {
        out.set(j, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs()
            + "\n".repeat(last - end) + where, s.verdict(), s.note()));
      }
    }
  }
}
