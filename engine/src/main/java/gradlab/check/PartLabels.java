package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exam's part labels as students and teachers type them: "Question 2.", "Part 2",
 * "(b)(i)", and, in plain text, "Q2.", "**Q2.**", "(b)", "Problem 3:" at the start of a line.
 * In Markdown "Question 2." and "Part 2" were not headings, and in plain text no label was: a
 * point given in Q1 ({@code Let x = 2 and y = 1}) carried silently into Q2, where {@code f(3) =
 * 10} of Q2's {@code f(x) = x^2 + y} was "proved: at y = 1" with no word that the value came
 * from another question; and "**Q2.** Let f(x) = …" was not read as a definition at all (found
 * by a new user checking a multi-part exam). A plain line's label is now a heading, as in
 * Markdown (the point ends; a value of an earlier part is used only with the note that says so),
 * and the rest of the line is read without it. A name {@code q1 = 0.3} or a step "(2)" is no
 * label. Stateless.
 */
final class PartLabels {
  /** Unbolded worded labels at the start of a line, for {@link Hypotheses}'s heading. */
  static final String WORDED = "question\\s+\\d+\\s*[.:)]|part\\s+\\d+\\b";
  private static final String ROMAN = "\\((?:i{1,3}|iv|vi{0,3}|ix|x)\\)";
  private static final Pattern PLAIN = Pattern.compile("(?i)^\\s*(\\*\\*)?\\s*((?:q\\d+[a-z]?"
      + "(?=\\s*(?:[.:)]|\\*\\*))|(?:question|part|problem|exercise)\\s+\\(?[0-9a-z]{1,2}\\)?"
      + "|\\([a-h]\\)(?:\\s*" + ROMAN + ")?)(?:\\s*" + ROMAN + ")?)\\s*[.:)]?\\s*(\\*\\*)?"
      + "(?=\\s*$|\\s+(?![=<>≤≥≈]))");

  private PartLabels() {}

  /** Whether {@code prose} begins with a part label ("Q2.", "**Part 2**", "(b)(i)"). */
  static boolean isLabel(String prose) {
    Matcher m = PLAIN.matcher(prose);
    return m.find() && (m.group(1) == null) == (m.group(3) == null);
  }

  /**
   * The line without its leading part label, after the label has ended the part before it (as
   * a Markdown heading does); the line itself where it has none.
   */
  static String enterInPlace(DocumentRun run, String text) {
    Matcher m = PLAIN.matcher(text);
    if (!isLabel(text) || !m.find()) {
      return text;
    }
    String prose = run.prose;
    boolean scope = run.newScope;
    run.scope("**" + m.group(2).replaceAll("\\s+", " ") + "**", false);
    run.prose = prose;
    run.newScope = scope;
    return text.substring(m.end()).strip();
  }
}
