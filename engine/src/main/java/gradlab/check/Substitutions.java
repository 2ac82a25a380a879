package gradlab.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A worked example's substitution step, Mazur's {@code -(target_{o1} - out_{o1}) = -(0.01 -
 * 0.75136507)}: the right side is the left side written again with a number in place of each
 * name (and ∂ term), the same number wherever the same name stands. The text states these
 * values here and nowhere else, so the step cannot be checked against them; what can be checked
 * is that it is a substitution at all — same operations, same order, each name always given one
 * number, no name left — and, for a name whose value the text stated earlier, that the number
 * agrees with it to the digits written. Such a step is shown as a substitution, naming the
 * values, and the values are kept for the steps after it. A name the text defines (n = v y + c)
 * is never substituted: its value follows from its definition, not from the number written.
 */
final class Substitutions {
  private static final Pattern TOKEN = Pattern.compile(
      "pd\\([A-Za-z][A-Za-z0-9]*, [A-Za-z][A-Za-z0-9]*\\)|[A-Za-z][A-Za-z0-9]*|\\d+(?:\\.\\d+)?"
      + "|\\S");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** The note of a step that only states a value: {@code … = out_{h1} = 0.593269992}. */
  static final String VALUE = "value stated";

  private Substitutions() {}

  /** The values {@code rhs} puts in for the names of {@code lhs}, or null if it does not. */
  static Map<String, String> of(String lhs, String rhs) {
    List<String> l = tokens(lhs);
    List<String> r = tokens(rhs);
    if (l.size() != r.size()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int k = 0; k < l.size(); k++) {
      String a = l.get(k);
      String b = r.get(k);
      if (a.equals(b)) {
        continue; // the same operation, function or constant; a name left is refused below
      }
      if (!isName(a) || !NUMBER.matcher(b).matches() || a.equals("E") || a.equals("Pi")) {
        return null;
      }
      String before = values.putIfAbsent(a, b);
      if (before != null && !before.equals(b)) {
        return null; // w_1 put in as 0.15 and as 0.2: not one substitution
      }
    }
    for (int k = 0; k < r.size(); k++) {
      boolean function = k + 1 < r.size() && r.get(k + 1).equals("(");
      if (isName(r.get(k)) && !function && !r.get(k).equals("E") && !r.get(k).equals("Pi")) {
        return null; // a name left on the right: not every value is put in
      }
    }
    return values.isEmpty() ? null : values;
  }

  /**
   * Whether {@code written} agrees with {@code stated} to the digits of the shorter decimal;
   * where either is a whole number, exactly.
   */
  static boolean agrees(String stated, String written) {
    BigDecimal a = new BigDecimal(stated);
    BigDecimal b = new BigDecimal(written);
    int digits = Math.min(a.scale(), b.scale());
    if (digits <= 0) { // a whole number is exact: 0 after 0.1 disagrees
      return a.compareTo(b) == 0;
    }
    BigDecimal half = BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2));
    return a.subtract(b).abs().compareTo(half) <= 0;
  }

  /** How the report shows the values: "targeto1 = 0.01, ∂E_total/∂w5 = 0.08". */
  static String shown(Map<String, String> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(name(k) + " = " + v));
    return String.join(", ", parts);
  }

  /** A name or ∂ term of engine syntax as the text writes it. */
  static String name(String key) {
    Matcher m = PARTIAL.matcher(key);
    return m.matches() ? "∂" + LatexNames.readable(m.group(1)) + "/∂"
        + LatexNames.readable(m.group(2)) : LatexNames.readable(key);
  }

  private static final Pattern PARTIAL = Pattern.compile(
      "pd\\(([A-Za-z][A-Za-z0-9]*), ([A-Za-z][A-Za-z0-9]*)\\)");

  private static boolean isName(String token) {
    return Character.isLetter(token.charAt(0));
  }

  private static List<String> tokens(String s) {
    return TOKEN.matcher(s).results().map(java.util.regex.MatchResult::group).toList();
  }

  /**
   * A step not checked because it holds only for values the text states nowhere else, where its
   * right side is its left side with those values put in ({@link Substitutions}): shown as such,
   * and the values are kept for later steps. A value that disagrees with one stated earlier leaves
   * the step not checked, naming both.
   */
  static StepVerdict verdict(DocumentRun run, int line, String lhs, Relation rel, String rhs,
      StepVerdict without) {
    if (rel != Relation.EQUAL || !(without instanceof StepVerdict.NotChecked n)
        || !(n.reason().contains("values the text does not state here")
        || n.reason().contains("not defined in the text")
        || n.reason().contains("occurs nowhere in the definitions"))) {
      return without; // ∂E_o1/∂out_o1 * ∂out_o1/∂net_o1 = 0.74136507 * 0.186815602 too
    }
    String head = lhs.strip();
    String written = run.ctx.defines(head) ? run.written.of(head) : null;
    // net_{h1} = 0.15 * 0.05 + …: the numbers put into net_{h1}'s definition as written
    Map<String, String> put = of(written != null ? written : lhs, rhs);
    if (put == null) {
      return without;
    }
    if (lhs.strip().matches("pd\\([^()]*\\)")) {
      return without; // ∂ŷ_in/∂ŷ = 1 is a claim about a derivative, not a value put in
    }
    if (put.keySet().stream().anyMatch(k -> run.ctx.defines(k) && run.values.valueOf(k) == null)) {
      return without; // n = v y + c then n put in as 0.7: a value of v y + c, not stated
    } // out_{o1} put in as 0.75136507 after the text computed it: checked below against it
    for (Map.Entry<String, String> e : put.entrySet()) {
      String before = run.values.valueOf(e.getKey());
      if (before != null && !agrees(before, e.getValue())) {
        return new StepVerdict.NotChecked("it puts in " + shown(Map.of(e.getKey(),
            e.getValue())) + ", but the text stated " + before + " before");
      }
    }
    put.forEach((k, v) -> {
      if (run.values.valueOf(k) == null) { // a value computed before keeps its line
        run.values.put(k, v, name(k), line);
      }
    });
    if (written != null) {
      return new StepVerdict.Proved("a substitution: the right side is the definition of "
          + name(head) + " (line " + run.written.lineOf(head) + ") with the values the text "
          + "puts in here (" + shown(put) + "), taken as stated");
    }
    if (EngineNames.is(lhs.strip())) {
      return new StepVerdict.Proved(VALUE + " (not derived in the text)");
    }
    return new StepVerdict.Proved("a substitution: the right side is the left side with the "
        + "values the text puts in here (" + shown(put) + "), taken as stated");
  }
}
