package gradlab.check;

import gradlab.math.Greek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexed families typed as plain text, as a new user types a softmax or a TD error:
 * {@code p_i = e^(z_i) / Σ_j e^(z_j)}, {@code p_i = exp(z_i)/sum_j exp(z_j)},
 * {@code sum_{j=1}^{n}}, {@code Σ_{j=1..n}}, "sum over j of", {@code s_(t+1)},
 * {@code dL/dz_i = p_i - y_i}. The engine-syntax reader took p_i as one name and Σ_j as a
 * factor, so the family defined nothing ("zᵢ, zⱼ are not defined") and every step through it
 * was not checked (phone36). Such a line is written as the LaTeX it means and read as a display,
 * with the machinery the LaTeX forms use ({@link IndexedFamilies}, {@link SizedSteps},
 * {@link ShiftedMembers}); its claims are shown as typed. Only a line whose every word is a
 * function or a Greek letter this knows is written out, and only where it has an index sum, a
 * member at a shifted index or a member of a family the text defines by a letter index; any
 * other line is left to the engine-syntax reader. Stateless.
 */
final class PlainFamilyLines {
  /** A name with an optional index: z_i, p_(t+1), s_{t}, δ_t. */
  private static final String NAME = "(?:[A-Za-z]|\\p{InGreek})(?:_(?:\\{[^{}]*\\}|\\([^()]*\\)"
      + "|[A-Za-z0-9]))?";
  private static final Pattern DERIVATIVE = Pattern.compile(
      "(?<![A-Za-z0-9_\\\\])(d|∂)\\s*(" + NAME + ")\\s*/\\s*\\1\\s*(" + NAME + ")(?![A-Za-z0-9_(])");
  private static final Pattern SUM_OVER = Pattern.compile(
      "(?i)(?<![A-Za-z\\\\])(?:sum|Σ|∑)\\s+over\\s+([a-z])\\s+of\\s+");
  private static final Pattern SUM_RANGE = Pattern.compile(
      "(?<![A-Za-z\\\\])(?:sum|Σ|∑)\\s*_\\s*[{(]\\s*([a-z])\\s*=\\s*([^{}()]+?)\\s*(?:\\.\\.\\.?|…)"
      + "\\s*([^{}()]+?)\\s*[})]");
  private static final Pattern SUM_BOUNDS = Pattern.compile(
      "(?<![A-Za-z\\\\])(?:sum|Σ|∑)\\s*_\\s*\\{\\s*([a-z])\\s*=\\s*([^{}]+?)\\s*\\}\\s*\\^\\s*"
      + "(?:\\{\\s*([^{}]+?)\\s*\\}|([A-Za-z0-9]))");
  private static final Pattern SUM_INDEX = Pattern.compile(
      "(?<![A-Za-z\\\\])(?:sum|Σ|∑)\\s*_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z]))(?![A-Za-z0-9])");
  private static final Pattern BRACKETED_INDEX = Pattern.compile(
      "(?<=[A-Za-z\\p{InGreek}])_\\(([^()]*)\\)");
  private static final Pattern FUNCTION = Pattern.compile(
      "(?<![A-Za-z\\\\])(exp|log|ln|tanh|sin|cos|sigma)\\s*(?=\\()");
  private static final Pattern SHIFTED = Pattern.compile("_\\{\\s*[a-z]\\s*[+-]\\s*\\d+\\s*\\}");
  private static final Pattern LETTER_INDEX = Pattern.compile("[A-Za-z}]\\s*_\\s*\\{?\\s*[a-z]");
  private static final Pattern DIGIT_SUBSCRIPTS = Pattern.compile(
      "(?<=[A-Za-z\\p{InGreek}])[₀-₉]+");
  private static final Pattern SUPERSCRIPT_RUN = Pattern.compile(
      "[" + ScriptCharacters.SUPERSCRIPTS + "]+");
  /** What may be left of a line written out: no word, no prime, no bracket of another kind. */
  private static final Pattern LEFT_OVER = Pattern.compile(
      "[A-Za-z]{2,}|[^A-Za-z0-9\\s_^{}()+\\-=/.,<>]");

  private PlainFamilyLines() {}

  /** Reads the line as a display and returns true where it is written out; false otherwise. */
  static boolean readInPlace(DocumentRun run, int line, String text) {
    String latex = latex(run, text);
    if (latex == null) {
      return false;
    }
    int from = run.out.size();
    run.readingInPlace(true, () -> {
      DisplayBlock.check(run, line, latex, true);
      run.segmentDone(latex, true);
    });
    typedInPlace(run, from, text);
    return true;
  }

  /** The line as LaTeX where it names a family as above; null otherwise. */
  static String latex(DocumentRun run, String text) {
    if (text.indexOf('\\') >= 0 || text.indexOf('=') < 0) {
      return null;
    }
    String s = PhoneSubscripts.asIndices(text.replace('−', '-').replace("!=", " \\neq ")
        .replace("≠", " \\neq ").replace("ℓ", "\\ell ")); // rₜ₊₁: r_(t+1)
    s = DIGIT_SUBSCRIPTS.matcher(s).replaceAll(m -> "_{" + ScriptCharacters.plain(m.group())
        + "}"); // p₁: p_{1}
    s = SUPERSCRIPT_RUN.matcher(s).replaceAll(m -> "^{" + ScriptCharacters.plain(m.group())
        + "}"); // T², γˡ
    s = SUM_OVER.matcher(s).replaceAll("\\\\sum_{$1} ");
    s = SUM_RANGE.matcher(s).replaceAll("\\\\sum_{$1=$2}^{$3} ");
    s = SUM_BOUNDS.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\\sum_{" + m.group(1)
        + "=" + m.group(2) + "}^{" + (m.group(3) != null ? m.group(3) : m.group(4)) + "} "));
    s = SUM_INDEX.matcher(s).replaceAll(m -> "\\\\sum_{" + (m.group(1) != null ? m.group(1)
        : m.group(2)) + "} ");
    s = BRACKETED_INDEX.matcher(s).replaceAll("_{$1}");
    s = DERIVATIVE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\\frac{"
        + (m.group(1).equals("d") ? "d " : "\\partial ") + m.group(2) + "}{"
        + (m.group(1).equals("d") ? "d " : "\\partial ") + m.group(3) + "}"));
    s = braced(s);
    if (s == null) {
      return null;
    }
    s = FUNCTION.matcher(s).replaceAll("\\\\$1");
    s = s.replace("·", " \\cdot ").replace("*", " \\cdot ").replace("×", " \\cdot ")
        .replace("⊙", " \\odot ").replace("≈", " \\approx ").replace("≤", " \\leq ")
        .replace("≥", " \\geq ");
    s = greek(s);
    if (s == null || LEFT_OVER.matcher(s.replaceAll("\\\\[A-Za-z]+", " ")).find()) {
      return null;
    }
    boolean family = s.contains("\\sum_") || SHIFTED.matcher(s).find()
        || !run.indexed.isEmpty() && run.indexed.usedBy(s);
    return family && LETTER_INDEX.matcher(s).find() ? s.replaceAll("\\s+", " ").strip() : null;
  }

  /** {@code ^(…)} as {@code ^{…}}; null where a bracket is not closed. */
  private static String braced(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '^' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
        int close = TopLevel.closing(s, i + 1, "(", ")");
        if (close < 0) {
          return null;
        }
        out.append("^{").append(s, i + 2, close).append('}');
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Greek letters as LaTeX commands, σ as \sigma; null for a capital that is no quantity. */
  private static String greek(String s) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.GREEK) {
        out.append(c);
        continue;
      }
      String name = Greek.inputName(c);
      if (name == null) {
        name = Greek.CAPITALS.entrySet().stream().filter(e -> e.getValue().equals(
            String.valueOf(c))).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
      }
      if (name == null) {
        return null;
      }
      out.append('\\').append(name).append(k + 1 < s.length()
          && Character.isLetter(s.charAt(k + 1)) ? " " : ""); // \gamma x, \delta_t
    }
    return out.toString();
  }

  /** The results from {@code from} on shown with the line's terms as typed, where they pair. */
  private static void typedInPlace(DocumentRun run, int from, String typed) {
    List<String> terms = ChainSplitter.split(typed).terms();
    List<Integer> shown = new ArrayList<>();
    for (int k = from; k < run.out.size(); k++) {
      if (run.out.get(k).relation() != null && !run.out.get(k).rhs().isEmpty()) {
        shown.add(k);
      }
    }
    if (shown.size() != terms.size() - 1) {
      PrimedProducts.typedInPlace(run, from, typed);
      return;
    }
    for (int j = 0; j < shown.size(); j++) {
      StepResult s = run.out.get(shown.get(j));
      run.out.set(shown.get(j), new StepResult(s.line(), terms.get(j).strip(), s.relation(),
          terms.get(j + 1).strip(), s.verdict(), s.note()));
    }
  }
}
