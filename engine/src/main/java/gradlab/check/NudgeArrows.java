package gradlab.check;

import gradlab.symbolic.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nudges, as Ng's computation-graph notes and Karpathy explain derivatives: "if $v = 11$ and we
 * increase $v$ by 0.001, then $J = 33 \rightarrow 33.003$", so dJ/dv = 3. An arrow between two
 * numbers after a name is no implication: it says the name is A before the nudge and B after.
 * Each such line is checked through the definition of the name in the nudged one (J = 3v: 3·11
 * and 3·11.001), the nudged name held as the independent variable; a later line of the same
 * section is nudged by the line before whose name its definition uses (v = 11 → 11.002, then
 * J = 33 → 33.006). A derivative dY/dw claimed after the nudge of w is refuted only where Y is
 * affine in w (then ΔY/Δw is the derivative exactly) and the claim is outside what the text's
 * numbers allow, naming the line of the nudge it contradicts; otherwise it is left as read.
 * Mutable, one per document run; a heading starts afresh.
 */
final class NudgeArrows {
  /** A name nudged: its value before and the change (engine syntax, numbers as written). */
  record Nudge(String name, String shown, String from, String by, String to, int line) {}

  private static final String NAME = "(?:\\\\[A-Za-z]+|[A-Za-z])(?:\\s*_\\s*(?:\\{[^{}$]{1,12}\\}"
      + "|[A-Za-z0-9]))?";
  private static final String NUM = "-?\\d*\\.?\\d+";
  private static final Pattern ARROW_LINE = Pattern.compile("\\s*(" + NAME + ")\\s*=\\s*(" + NUM
      + ")\\s*(?:\\\\(?:long)?rightarrow|\\\\to|→)\\s*(" + NUM + ")\\s*[.,;]?\\s*");
  private static final String VERB = "(?:increas|nudg|bump|perturb|tweak|chang|mov)\\w*";
  private static final Pattern VERB_NAME_BY = Pattern.compile(VERB + "\\s+(?:\\$\\s*(" + NAME
      + ")\\s*\\$|\\b([A-Za-z])\\b)\\s+(?:up\\s+)?by\\s+(?:\\$\\s*)?(" + NUM + ")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_VERB_BY = Pattern.compile("(?:\\$\\s*(" + NAME
      + ")\\s*\\$|\\b([A-Za-z])\\b)\\s+(?:is\\s+|gets\\s+)?" + VERB + "\\s+(?:up\\s+)?by\\s+"
      + "(?:\\$\\s*)?(" + NUM + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern DERIVATIVE = Pattern.compile("\\s*\\\\frac\\s*\\{\\s*(?:d|"
      + "\\\\partial)\\s*(" + NAME + ")\\s*\\}\\s*\\{\\s*(?:d|\\\\partial)\\s*(" + NAME
      + ")\\s*\\}\\s*");

  private final List<Nudge> lines = new ArrayList<>();
  private String prose;

  /**
   * Reads "X = A → B" after words that nudge a name: checks it and returns true; false for any
   * other statement (read as before).
   */
  boolean arrowInPlace(DocumentRun run, int line, String statement) {
    section(run);
    Matcher m = ARROW_LINE.matcher(statement);
    Nudge driver = m.matches() && run.latex() ? proseNudge(run, run.paragraph()) : null;
    if (driver == null) {
      return false;
    }
    String head = run.read(m.group(1));
    if (head == null) {
      return false;
    }
    String by = new BigDecimal(m.group(3)).subtract(new BigDecimal(m.group(2))).toPlainString();
    Nudge own = new Nudge(head, m.group(1).strip(), m.group(2), by, m.group(3), line);
    if (head.equals(driver.name())) {
      lines.add(own);
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null,
          "a nudge of " + own.shown() + " by " + driver.by()));
      return true;
    }
    Nudge through = drivingNudge(run, head, driver);
    lines.add(own);
    if (through == null) {
      run.notChecked(line, statement.strip(), "a nudge: " + own.shown() + " = " + own.from()
          + " → " + own.to() + ", but its definition uses no name the text nudged here");
      return true;
    }
    String why = "as " + through.shown() + " goes from " + through.from() + " to "
        + through.to() + " (a nudge, line " + through.line() + ")";
    StepResult after = atValue(run, line, own.shown(), own.to(), through, through.to(), why);
    StepResult before = atValue(run, line, own.shown(), own.from(), through, through.from(), why);
    if (before == null && after == null) {
      run.notChecked(line, statement.strip(), "a nudge " + why + ": the value of "
          + own.shown() + " needs values the text does not state here");
    }
    return true;
  }

  /** The name whose nudge moves {@code head}: the latest nudged name its definition uses. */
  private Nudge drivingNudge(DocumentRun run, String head, Nudge driver) {
    Expr rhs = run.ctx.definitions().stream().filter(d -> d.name().equals(head))
        .map(d -> d.rhs()).reduce((a, b) -> b).orElse(null);
    if (rhs == null) {
      return null;
    }
    Set<String> uses = run.engine.freeSymbols(rhs);
    for (int k = lines.size() - 1; k >= 0; k--) {
      if (uses.contains(lines.get(k).name()) && !lines.get(k).name().equals(head)) {
        return lines.get(k);
      }
    }
    return uses.contains(driver.name()) && driver.from() != null ? driver : null;
  }

  /** The claim "head = number" with the driving name held at {@code value}; decided or null. */
  private static StepResult atValue(DocumentRun run, int line, String head, String number,
      Nudge through, String value, String why) {
    StepResult r = ScratchChains.single(run, line, head + " = " + number,
        ctx -> ctx.withoutDefinitions(Set.of(through.name())).withPoint(through.name(),
            run.engine.eval(value)));
    if (r == null || !(r.verdict() instanceof StepVerdict.Proved
        || r.verdict() instanceof StepVerdict.Refuted)) {
      return null;
    }
    StepVerdict v = r.verdict() instanceof StepVerdict.Proved p
        ? new StepVerdict.Proved(p.how() + ", " + why)
        : r.verdict() instanceof StepVerdict.Refuted f ? new StepVerdict.Refuted(f.point(),
            f.lhs(), f.rhs(), why + (f.detail().isEmpty() ? "" : "; " + f.detail()))
        : r.verdict();
    StepResult shown = new StepResult(line, r.lhs(), r.relation(), r.rhs(), v, "");
    run.out.add(shown);
    return shown;
  }

  /**
   * After a chain: "dY/dw = 3" (or ∂, ≈) that the text left unchecked, after a nudge of w that
   * moved Y: refuted where Y is affine in w and the text's numbers give another ratio.
   */
  void afterChainInPlace(DocumentRun run, int line, String statement) {
    section(run);
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    if (lines.isEmpty() || c.terms().size() != 2) {
      return;
    }
    Matcher d = DERIVATIVE.matcher(c.terms().get(0));
    Nudge driver = proseNudge(run, run.paragraph() + " " + run.prose);
    String claimed = c.terms().get(1).strip().replaceAll("[.,;]$", "");
    if (!d.matches() || driver == null || !claimed.matches(NUM)) {
      return;
    }
    String y = run.read(d.group(1));
    String w = run.read(d.group(2));
    Nudge moved = lines.stream().filter(n -> n.name().equals(y)).reduce((a, b) -> b)
        .orElse(null);
    if (y == null || !driver.name().equals(w) || moved == null
        || run.out.stream().noneMatch(o -> o.line() == line
            && o.verdict() instanceof StepVerdict.NotChecked)) {
      return;
    }
    try {
      Expr full = run.checker.resolve(run.ctx, y, false);
      if (!run.engine.freeSymbols(full).contains(w) || !run.engine.simplify(run.engine.diff(
          run.engine.diff(full, w), w)).toString().equals("0")) {
        return; // not affine in w: ΔY/Δw is a secant, not the derivative
      }
    } catch (RuntimeException e) {
      return;
    }
    int digits = Math.max(decimals(moved.from()), decimals(moved.to()));
    double unit = Math.pow(10, -digits);
    double h = Double.parseDouble(driver.by());
    double ratio = Double.parseDouble(moved.by()) / h;
    double spread = unit / Math.abs(h);
    double value = Double.parseDouble(claimed);
    double half = 0.5 * Math.pow(10, -decimals(claimed));
    if (Math.abs(value - ratio) <= spread + half) {
      return;
    }
    run.out.removeIf(o -> o.line() == line && o.verdict() instanceof StepVerdict.NotChecked);
    run.out.add(new StepResult(line, c.terms().get(0).strip(), c.relations().get(0), claimed,
        new StepVerdict.Refuted(Map.of(), ratio, value, "the text's nudge on line "
            + moved.line() + " (" + moved.shown() + " = " + moved.from() + " → " + moved.to()
            + " as " + driver.shown() + " increases by " + driver.by() + ") gives Δ"
            + moved.shown() + "/Δ" + driver.shown() + " = " + Digits.compact(ratio) + ", and "
            + moved.shown() + " is affine in " + driver.shown()
            + ", so the derivative is that ratio"), ""));
  }

  /** The last nudge the prose names ("increase $v$ by 0.001", "$w$ nudges by 0.001"). */
  private static Nudge proseNudge(DocumentRun run, String paragraph) {
    Nudge found = null;
    int at = -1;
    for (Pattern p : List.of(VERB_NAME_BY, NAME_VERB_BY)) {
      Matcher m = p.matcher(paragraph);
      while (m.find()) {
        if (m.start() > at) {
          String shown = m.group(1) != null ? m.group(1).strip() : m.group(2);
          String name = run.read(shown);
          if (name != null) {
            found = new Nudge(name, shown, startValue(run, paragraph, shown, name), m.group(3),
                null, -1);
            at = m.start();
          }
        }
      }
    }
    if (found == null || found.from() == null) {
      return found;
    }
    String to = new BigDecimal(found.from()).add(new BigDecimal(found.by())).toPlainString();
    return new Nudge(found.name(), found.shown(), found.from(), found.by(), to, -1);
  }

  /** The value the paragraph ("$v = 11$") or the named point gives the nudged name, or null. */
  private static String startValue(DocumentRun run, String paragraph, String shown, String name) {
    Matcher m = Pattern.compile("\\$\\s*" + Pattern.quote(shown) + "\\s*=\\s*(" + NUM
        + ")\\s*\\$").matcher(paragraph);
    String value = null;
    while (m.find()) {
      value = m.group(1);
    }
    if (value == null && run.ctx.point().get(name) != null) {
      try {
        value = BigDecimal.valueOf(run.engine.numeric(run.ctx.point().get(name), Map.of()))
            .stripTrailingZeros().toPlainString();
      } catch (RuntimeException e) {
        return null;
      }
    }
    return value;
  }

  private void section(DocumentRun run) {
    if (run.prose != prose) { // a new segment: a heading before it starts afresh
      prose = run.prose;
      if (Hypotheses.hasHeading(prose)) {
        lines.clear();
      }
    }
  }

  private static int decimals(String number) {
    int dot = number.indexOf('.');
    return dot < 0 ? 0 : number.length() - dot - 1;
  }
}
