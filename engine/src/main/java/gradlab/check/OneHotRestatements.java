package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A defined loss restated with the text's one-hot label substituted: "Since $y$ is one-hot with
 * $y_1 = 1$, the loss is $L = -\log p_1$" after $L = -\sum_{i=1}^{3} y_i \log p_i$. Compared with
 * the label's other components free it differs, and it was shown as "read as a new definition
 * of L …; if it is meant as a step, it is wrong there" at y₂ = −1.31, a label the text excludes
 * (the lead's probe of a softmax homework). With the label written out it holds: proved where
 * the text names the hot component (y₁ = 1, so y = (1, 0, 0)); "unknown: holds with the one-hot
 * label taken as (1, 0, …)" where it does not (the text may mean another class). The labels
 * of a cross-entropy Σ yᵢ log pᵢ ({@link CrossEntropyLabels}), one-hot or a distribution, are
 * written out only where the text names the hot component: with y₂ = 1 the others are 0 either
 * way ("The label is one-hot and the true class is 2, so $y_2 = 1$"). Stateless.
 */
final class OneHotRestatements {
  private OneHotRestatements() {}

  /**
   * The verdict of {@code head = rhs} with each one-hot label it uses written out: where it
   * holds so, or fails at a label whose hot component the text names (shown with
   * {@code shownHead}, as a new definition that differs there); null where the text states no
   * one-hot label, the step uses none, or it fails at an unnamed label.
   */
  static StepVerdict verdict(DocumentRun run, String head, String shownHead, String rhs) {
    Set<String> names = new LinkedHashSet<>();
    try {
      var defs = run.ctx.asDefinitions();
      names.addAll(run.engine.freeSymbols(defs.inline(run.engine, run.engine.eval(head))));
      names.addAll(run.engine.freeSymbols(defs.inline(run.engine, run.engine.eval(rhs))));
    } catch (RuntimeException e) {
      return null;
    }
    CheckContext at = run.ctx;
    boolean allNamed = true;
    String shown = "";
    Set<String> labels = new LinkedHashSet<>(run.constraints.oneHot());
    labels.addAll(run.constraints.labels()); // a cross-entropy's: one-hot or a distribution
    for (String y : labels) {
      int size = size(y, names);
      if (size < 2) {
        continue;
      }
      int hot = hot(run, y, size);
      if (hot < 0) {
        return null; // the point gives the label a value it cannot have: not this rule's case
      }
      if (hot == 0 && !run.constraints.oneHot().contains(y)) {
        continue; // a distribution: (1, 0, …) is no more the text's than (½, ½, …)
      }
      allNamed &= hot > 0;
      StringBuilder label = new StringBuilder();
      for (int c = 1; c <= size; c++) {
        int value = c == Math.max(hot, 1) ? 1 : 0;
        label.append(c == 1 ? "" : ", ").append(value);
        if (!at.defines(y + c) && !at.point().containsKey(y + c)) {
          at = at.withDefinition(new Definition(y + c, run.engine.eval(String.valueOf(value))));
        }
      }
      shown = LatexNames.readable(y) + " = (" + label + ")";
    }
    if (at == run.ctx) {
      return null;
    }
    CheckContext written = at;
    StepVerdict v = run.budget.run(by -> run.checker.check(written, head, Relation.EQUAL, rhs,
        by));
    if (v instanceof StepVerdict.Proved p && allNamed) {
      return new StepVerdict.Proved(p.how() + ", with the label " + shown + " the text states");
    }
    if (v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
        && u.samples() > 0) {
      return new StepVerdict.Unknown(1, 0, "holds with the one-hot label taken as " + shown
          + "; the text does not name its hot component");
    }
    if (v instanceof StepVerdict.Refuted f && allNamed) { // "L = −log p₂" though y₁ = 1
      return new StepVerdict.NotChecked("read as a new definition of " + shownHead + ", which "
          + "differs from its earlier one at the label " + shown + " the text states ("
          + f.evidence().replaceFirst("^refuted ", "") + "); if it is meant as a step, it is "
          + "wrong there");
    }
    return null;
  }

  /** The largest c with y_c among {@code names} (engine names: y1, y2, y3). */
  private static int size(String y, Set<String> names) {
    Pattern member = Pattern.compile(Pattern.quote(y) + "(\\d+)");
    int size = 0;
    for (String n : names) {
      Matcher m = member.matcher(n);
      if (m.matches()) {
        size = Math.max(size, Integer.parseInt(m.group(1)));
      }
    }
    return size;
  }

  /**
   * The component the point names 1 (the hot one), 0 where it names none, −1 where it names a
   * value a one-hot label cannot take or two components 1.
   */
  private static int hot(DocumentRun run, String y, int size) {
    int hot = 0;
    for (Map.Entry<String, Expr> e : run.ctx.point().entrySet()) {
      Matcher m = Pattern.compile(Pattern.quote(y) + "(\\d+)").matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      double value;
      try {
        value = e.getValue().toDouble();
      } catch (RuntimeException ex) {
        return -1;
      }
      int c = Integer.parseInt(m.group(1));
      if (value == 1 && hot == 0 && c <= size) {
        hot = c;
      } else if (value != 0) {
        return -1;
      }
    }
    return hot;
  }
}
