package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A supposition that gives a named point another value, "Suppose instead x = 2.", "If $x$ were
 * $3$ instead, …": the point's value no longer holds for what follows, though the supposed one is
 * not the text's either ({@link Counterfactuals}). The point forgets the name, and the values
 * computed at it, so that a claim after the supposition, "u = 4" under x = 2, is "not checked"
 * rather than ✗ at the text's earlier x = 1 (found this round: a true step refuted). The name
 * is bound again where the text states it again. The same for a plain-text line the reader does
 * not take that gives a point another number, "a = 1 now", "change x to 3": the line was "not
 * checked" (now a name) or nothing, and the next line ✗ at the earlier value. Stateless.
 */
final class SupposedValues {
  /** What a name, its subscript braces and the maths delimiters around it are read as. */
  private static final Pattern NOISE = Pattern.compile("[${}_\\\\]");

  /**
   * A name given a number: {@code a = 1}, {@code w_1 = -0.5}, "change x to 3"; not the x of
   * "w₁x = 1.5" (the product's value: x = 3 was forgotten and two true steps went unchecked).
   */
  private static final Pattern GIVEN = Pattern.compile("(?<![\\p{L}\\p{N}_])([A-Za-z][A-Za-z0-9_]*)"
      + "\\s*(?:=|\\s(?i:to|becomes|is\\s+now)\\s)\\s*([-−]?\\d+(?:\\.\\d+)?)"
      + "(?![0-9.]*(?:[A-Za-z(]|\\s*[*/^+·×-]))");

  /** Prose that gives a name in inline math a number: "now $x$ is $3$", "$x$ to $3$". */
  private static final Pattern MOVED_IN_PROSE = Pattern.compile("(?i)\\$([^$]{1,30})\\$\\s*"
      + "(?:is\\s+now|is|becomes|to|changes\\s+to|goes\\s+to)\\s+\\$?\\s*[-−]?\\d");

  private SupposedValues() {}

  /**
   * Prose whose last sentence gives a named point another value in words, "Now $x$ is $3$, and
   * $$y = 9$$", "Increasing $x$ to $3$ gives …": the display was ✗ at the earlier x = 2.
   */
  static void movedInProseInPlace(DocumentRun run) {
    String sentence = SentenceScope.lastSentence(run.paragraph());
    if (sentence == null) {
      return;
    }
    java.util.regex.Matcher m = MOVED_IN_PROSE.matcher(sentence);
    while (m.find()) {
      forgetInPlace(run, "$" + m.group(1) + "$");
    }
  }

  /**
   * After a plain-text line whose results from {@code from} on, if any, are all "not checked"
   * (so it bound no point): forgets each point the line gives another number.
   */
  static void forgetUnreadInPlace(DocumentRun run, String text, int from) {
    if (from > run.out.size()) {
      return; // the line took back earlier results (cases on consecutive lines): it was read
    }
    List<StepResult> added = run.out.subList(from, run.out.size());
    if (!added.stream().allMatch(
        r -> r.verdict() instanceof StepVerdict.NotChecked)) {
      return;
    }
    java.util.regex.Matcher m = GIVEN.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      var was = run.ctx.point().get(name);
      if (was != null && !was.equals(run.engine.eval(m.group(2).replace('−', '-')))) {
        run.earlierPoints.endInPlace(run, name);
      }
    }
  }

  /** Forgets each named point whose name {@code sentence} mentions. */
  static void forgetInPlace(DocumentRun run, String sentence) {
    if (sentence == null) {
      return;
    }
    String words = NOISE.matcher(sentence).replaceAll("");
    List<String> mentioned = new ArrayList<>();
    for (String name : run.ctx.point().keySet()) {
      String bare = NOISE.matcher(name).replaceAll("");
      if (!bare.isEmpty() && Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(bare)
          + "(?![A-Za-z0-9])").matcher(words).find()) {
        mentioned.add(name);
      }
    }
    for (String name : mentioned) {
      run.earlierPoints.endInPlace(run, name); // nor kept past its scope
    }
  }
}
