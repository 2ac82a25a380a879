package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cases typed in plain text or on a phone, read as their LaTeX {@code \begin{cases}} is
 * ({@link RegionCases}, {@link CasesClaims}): a definition {@code f(z) = z if z > 0, f(z) =
 * 0.01*z if z <= 0}, or the same two statements on consecutive lines ("f(x) = x for x > 0" /
 * "f(x) = α(eˣ − 1) for x ≤ 0"), is one definition by cases when its two conditions are
 * complementary (the second the opposite of the first, or "otherwise"); a claim of the same shape
 * about a derivative, {@code ReLU′(u) = 1 if u > 0, 0 otherwise}, is stated case by case, each
 * case checked under its condition ({@link ConditionScopes}), with a function defined by cases
 * replaced by the formula of the case whose condition it is. Conditions that are not
 * complementary define nothing: the lines are read as before (each "one case of a definition by
 * cases", not read). One per document; not thread-safe.
 */
final class PlainCases {
  private static final String OP = "(?:<=|>=|≤|≥|<|>)";
  private static final String SIDE = "[^=<>≤≥!,;:()]+?|\\|[^|]+\\|";
  private static final Pattern CONDITIONED = Pattern.compile("^\\s*(.+?)\\s*,?\\s+(?i:if|for|"
      + "when|whenever)\\s+((?:" + SIDE + ")\\s*" + OP + "\\s*(?:" + SIDE + "))\\s*"
      + "(?:\\(\\s*[A-Za-z][A-Za-z ,'-]*\\))?\\s*[.;]?\\s*$");
  private static final Pattern OTHERWISE = Pattern.compile(
      "^\\s*(.+?)\\s*,?\\s+(?i:otherwise|else)\\s*[.;]?\\s*$");
  private static final Pattern FUNCTION = Pattern.compile(
      "^([A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*)\\s*\\(\\s*([A-Za-z\\p{IsGreek}])\\s*\\)$");
  private static final Pattern DERIVATIVE = Pattern.compile("['′’]|(?<![A-Za-z])d\\w*\\s*/\\s*d"
      + "|∂|(?<![A-Za-z])(?:pd|diff)\\(");

  /** One statement "head = value if condition" (head null where the line leaves it out). */
  private record Case(String head, String value, String condition) {}

  /** A single case of a function read on the line before: its case, line and first result. */
  private record Pending(String name, String variable, Case c, int line, int from) {}

  private Pending pending;

  /**
   * Reads {@code text} if it is cases in this form, and says whether it did; a single case of a
   * function is remembered (and read as before) in case the next statement completes it.
   */
  boolean readInPlace(DocumentRun run, int line, String text, Consumer<String> claimReader) {
    List<Case> cases = cases(text);
    if (cases == null) {
      return false; // a pending case stays: whether a statement came between is seen in run.out
    }
    Pending before = pending;
    pending = null;
    String head = cases.get(0).head().strip();
    Matcher fn = FUNCTION.matcher(head);
    if (DERIVATIVE.matcher(head).find()) {
      if (cases.size() < 2) {
        return false; // one claim under its condition: ConditionScopes reads it
      }
      for (Case c : cases) { // each case a claim under its own condition
        String claim = head + " = " + c.value();
        String cond = c.condition();
        String put = run.cases.regions.underPlainCondition(claim, cond);
        if (!ConditionScopes.readInPlace(run, line, "for " + cond + ": " + (put == null ? claim
            : put), claimReader)) {
          run.notChecked(line, claim + " if " + cond, ProseWords.IF_CASES);
        }
      }
      return true;
    }
    if (!fn.matches() || cases.size() > 2) {
      return false;
    }
    String name = fn.group(1);
    String x = fn.group(2);
    if (cases.size() == 1) {
      if (before != null && before.name().equals(name) && before.variable().equals(x)
          && complementary(before.c().condition(), cases.get(0).condition())
          && run.out.subList(before.from(), run.out.size()).stream()
              .allMatch(r -> r.line() == before.line())) {
        run.out.subList(before.from(), run.out.size()).clear(); // the first case, read alone
        define(run, before.line(), name, x, before.c(), cases.get(0), " (lines " + before.line()
            + " and " + line + ")");
        return true;
      }
      pending = new Pending(name, x, cases.get(0), line, run.out.size());
      return false;
    }
    if (!complementary(cases.get(0).condition(), cases.get(1).condition())) {
      return false;
    }
    define(run, line, name, x, cases.get(0), cases.get(1), "");
    return true;
  }

  private static void define(DocumentRun run, int line, String name, String x, Case a, Case b,
      String where) {
    run.ctx = run.ctx.withoutFunction(name);
    run.functions.remove(name);
    run.unread.put(name, line); // outside a claim under one of its conditions f is not read
    run.cases.regions.definePlain(name, x, List.of(new String[] {a.value(), a.condition()},
        new String[] {b.value(), b.condition()}));
    run.out.add(new StepResult(line, name + "(" + x + ")", Relation.EQUAL, "cases" + where, null,
        "definition by cases: read in claims stated under one of its conditions"));
  }

  /** Whether {@code b} is the opposite of {@code a} (the same inequality reversed). */
  private static boolean complementary(String a, String b) {
    String not = CasesClaims.opposite(a);
    return not != null && RegionCases.normal(not).equals(RegionCases.normal(b));
  }

  /** The statements of the line as cases, the conditions with ≤ ≥; null unless all are. */
  private static List<Case> cases(String text) {
    List<String> pieces = new ArrayList<>();
    for (String p : TopLevel.split(text, ',')) {
      pieces.addAll(TopLevel.split(p, ';'));
    }
    List<Case> out = new ArrayList<>();
    for (String piece : pieces) {
      String s = piece.strip();
      String head = null;
      Matcher other = OTHERWISE.matcher(s);
      Matcher m = CONDITIONED.matcher(s);
      boolean otherwise = !m.matches() && other.matches();
      if (!otherwise && !m.matches()) {
        return null;
      }
      String stated = otherwise ? other.group(1) : m.group(1);
      int eq = stated.indexOf('=');
      if (eq >= 0) {
        head = stated.substring(0, eq).strip();
        stated = stated.substring(eq + 1).strip();
      }
      if (stated.isEmpty() || stated.matches(".*[=<>≤≥≈].*") || head != null
          && !out.isEmpty() && !head.replaceAll("\\s+", "").equals(out.get(0).head()
              .replaceAll("\\s+", "")) || head == null && out.isEmpty()) {
        return null; // a value under its condition, the head the first one's or left out
      }
      String cond = otherwise ? out.size() == 1 ? CasesClaims.opposite(out.get(0).condition())
          : null : m.group(2).strip();
      cond = cond == null ? null : cond.replace("<=", "≤").replace(">=", "≥")
          .replace("\\le", "≤").replace("\\ge", "≥");
      if (cond == null) {
        return null; // "otherwise" after several cases
      }
      out.add(new Case(out.isEmpty() ? head : out.get(0).head(), stated, cond));
    }
    return out.isEmpty() ? null : out;
  }
}
