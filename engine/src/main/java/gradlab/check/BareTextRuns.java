package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formulas a Markdown text writes in bare text, outside its $…$: "Setup: $a = σ(z)$ and
 * C = 1/2 (y - a)^2", "∂C/∂z = (a − y)·σ'(z) = (a + y) a (1 - a)". In a file with any $…$ these
 * were dropped, false ones included, and the report said "0 refuted" (found by a TA). A line is
 * split at its prose words ("where", "and", "so", "i.e.", "Example"), and each run of math with a
 * relation is kept; a run after "if", "when", "for", "because" in its sentence is a condition,
 * never a claim ({@link BareTextRelations} reads them).
 *
 * @see BareTextRelations
 */
final class BareTextRuns {
  /**
   * A run of math in bare text: its line, its text, whether a condition in words holds it, and
   * the last term of the $…$ just before it where the run continues that formula
   * ({@code $\frac{\partial C}{\partial z}$ = (a − y)·σ'(z)}: the text then starts with "="),
   * else null.
   */
  record Run(int line, String text, boolean conditional, boolean latex, String lead,
      boolean quoted) {}

  /** Math and comments, each closed or running to the end (an unclosed one is reported). */
  private static final Pattern MATH = Pattern.compile("(?s)<!--.*?-->|\\$\\$.*?\\$\\$|\\$\\$.*"
      + "|\\$[^$]+?\\$|\\\\\\[.*?(?:\\\\\\]|$)|\\\\\\(.*?(?:\\\\\\)|$)"
      + "|\\\\begin\\{(\\w+\\*?)\\}.*?(?:\\\\end\\{\\1\\}|$)");
  private static final Pattern WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\\\'′])(?:[A-Za-z]\\.[A-Za-z]\\.|[A-Za-z]{2,}:?)(?![\\p{N}_(\\p{L}'′])");
  private static final Set<String> MATH_WORDS = Set.of("sin", "cos", "tan", "tanh", "sinh",
      "cosh", "arctan", "exp", "log", "ln", "sqrt", "abs", "max", "min", "sigma", "sigmoid",
      "relu", "softplus", "softmax", "diff", "pi");
  private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever", "unless",
      "suppose", "assume", "assuming", "because", "since", "for", "while", "until");
  /** A relation sign in bare text (not part of ==, <=, =>, ~=): also {@link BareDefinitions}'s. */
  static final Pattern RELATION = Pattern.compile("(?<![=<>!~])(?:=|<|>|≤|≥|≈|~=|≠)"
      + "(?![=>])");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:[\\s,:;.!?*#>|-]|=>|⇒|→|(?:=|≈|<|>|≤|≥)(?![=>]))+");
  private static final Pattern TRAILING = Pattern.compile("[\\s,:;.!?*✓✔]+$");
  /**
   * What a label's words leave before its colon, "scaled by 2: a1 = 6, a2 = 2, mu = 4": read as
   * {@code 2: a1 = 6}, a1 kept its old value while a2 moved, and the true mu = 4 was refuted.
   */
  private static final Pattern LABEL_REST = Pattern.compile(
      "^[^=<>≤≥≈:$\\\\]{1,12}:\\s+(?=.*[=<>≤≥≈])");

  private static final char MARK = '\u0002';
  private static final Pattern AFTER = Pattern.compile("\u0002(\\d+)\u0002");
  private static final Pattern CONTINUED = Pattern.compile("\\s*(=|≈|≤|≥|<|>)(?![=>])");

  private BareTextRuns() {}

  /** The last term of a $…$ formula: what a relation in the bare text after it continues. */
  private static String lastTerm(String latex) {
    List<String> terms = ChainSplitter.split(latex).terms();
    String t = terms.get(terms.size() - 1).strip();
    return t.isEmpty() ? null : t;
  }

  /** The runs of math with a relation in the bare text of {@code typed}, in reading order. */
  static List<Run> of(String typed, java.util.function.Predicate<String> defined) {
    StringBuilder masked = new StringBuilder();
    List<String> inline = new ArrayList<>();
    Matcher m = MATH.matcher(typed);
    int last = 0;
    while (m.find()) {
      masked.append(typed, last, m.start());
      masked.append(m.group().replaceAll("[^\\n]+", "\u0001"));
      String g = m.group();
      boolean single = g.length() > 2 && g.startsWith("$") && !g.startsWith("$$")
          && g.endsWith("$") && !g.contains("\n");
      masked.append(MARK).append(inline.size()).append(MARK); // which $…$ a run may continue
      inline.add(single ? g.substring(1, g.length() - 1) : null);
      last = m.end();
    }
    masked.append(typed.substring(last));
    List<Run> out = new ArrayList<>();
    String[] lines = masked.toString().split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      lines[n] = lines[n].stripLeading().startsWith("#") ? "" // a heading
          : lines[n].replace("**", " ").replace("__", " ").replace("`", " ");
    }
    lines = PlainContinuations.read(lines); // "= ((d+h)*f - d*f)/h" continues the line before
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        continue;
      }
      String lead = null;
      for (String fragment : line.split("\u0001+")) {
        Matcher after = AFTER.matcher(fragment);
        if (after.lookingAt()) { // the fragment right after a $…$
          String latex = inline.get(Integer.parseInt(after.group(1)));
          lead = latex == null ? null : lastTerm(latex);
          fragment = fragment.substring(after.end());
        }
        for (String sentence : fragment.split("(?<=[.!?;])\\s+")) {
          runs(n + 1, sentence, defined, out, lead);
          lead = null;
        }
      }
    }
    return out;
  }

  private static void runs(int line, String sentence, java.util.function.Predicate<String> defined,
      List<Run> out, String lead) {
    Matcher w = WORD.matcher(sentence);
    boolean conditional = false;
    int from = 0;
    while (w.find()) {
      String word = w.group().replace(":", "");
      if (MATH_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) || LatexNames.GREEK
          .contains(word) || defined.test(word) || differential(sentence, w)
          || braced(sentence, w.start())) {
        continue;
      }
      add(line, sentence.substring(from, w.start()), conditional, out, from == 0 ? lead : null,
          QuotedAsWrong.quotes(sentence.substring(0, from)));
      conditional |= CONDITIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
      from = w.end();
    }
    add(line, sentence.substring(from), conditional, out, from == 0 ? lead : null,
        QuotedAsWrong.quotes(sentence.substring(0, from)));
  }

  /** Inside a LaTeX argument, \\frac{dL}{dw}: no prose word (cut there, the formula was lost). */
  private static boolean braced(String s, int at) {
    return count(s.substring(0, at), '{') > count(s.substring(0, at), '}');
  }

  /** dC/dw, dz1/dw1: a word that is a differential of a fraction. */
  private static boolean differential(String s, Matcher w) {
    String before = s.substring(0, w.start()).stripTrailing();
    String after = s.substring(w.end()).stripLeading();
    return w.group().startsWith("d") && (after.startsWith("/") || before.endsWith("/"));
  }

  private static void add(int line, String raw, boolean conditional, List<Run> out, String lead,
      boolean quoted) {
    Matcher continued = CONTINUED.matcher(raw);
    boolean continues = lead != null && continued.lookingAt();
    String s = TRAILING.matcher(LEADING.matcher(raw).replaceFirst("")).replaceFirst("");
    s = LABEL_REST.matcher(s).replaceFirst(""); // "scaled by 2: a1 = 6": the 2 ends the label
    if (continues && !s.isEmpty()) { // "= (a − y)·σ'(z)" after $…$: the relation is kept
      s = continued.group(1) + " " + s;
    }
    s = balanced(s);
    if (!RELATION.matcher(s).find() || s.contains("$")) {
      return; // an unclosed $ is the math reader's to report
    }
    String[] sides = RELATION.split(s, -1);
    for (int k = continues ? 1 : 0; k < sides.length; k++) {
      if (!sides[k].matches("(?s).*[\\p{L}\\p{N}].*")) {
        return; // "learning rate = …" cut at its words: prose with an equals sign
      }
    }
    out.add(new Run(line, s, conditional, s.contains("\\"), continues ? lead : null, quoted));
  }

  /** Without an unmatched bracket at either end: "(so Σ y = 1)" cut at "so" left "Σ y = 1)". */
  private static String balanced(String s) {
    String t = s.strip();
    while (t.endsWith(")") && count(t, '(') < count(t, ')')) {
      t = TRAILING.matcher(t.substring(0, t.length() - 1)).replaceFirst("");
    }
    while (t.startsWith("(") && count(t, '(') > count(t, ')')) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
