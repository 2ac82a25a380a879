package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An inline {@code name = formula} of a name the text defined, that differs from it. After
 * words that announce a new meaning ("now the loss is", "instead", "define", "consider", a
 * second scheme) it is a new definition; in a list of steps ("2. $s = |a - b|$", "A classmate
 * wrote: $Var(y) = x^2(1-p)$") it may be a wrong step. It is read as a new definition either
 * way (the steps after it use it), but without such words the report shows it as not checked
 * with the difference, so that a wrong step is never silently accepted (found by a new user).
 */
final class Redefinitions {
  private static final Pattern ANNOUNCED = Pattern.compile("\\b(now|instead|new|define|defines|"
      + "defined|denote|denotes|consider|let|suppose|redefine|becomes|replace|replaced|call|"
      + "with|for the|if we use|using|take|choose|set)\\b");

  private Redefinitions() {}

  /** Whether the prose before the math announces a new meaning. */
  static boolean announced(String prose) {
    String p = prose.toLowerCase(Locale.ROOT);
    int cut = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    return ANNOUNCED.matcher(cut < 0 ? p : p.substring(cut)).find();
  }

  /**
   * Whether a claimed {@code name = formula} of a defined name has a second reading, a new
   * meaning: it uses a name the text defines ("p1 = e^z1/(e^z1 + e^z2), L = -log(p1)") and
   * shares no input with the old definition (L of w, x, y): a softmax part after a regression
   * part, not a step. It had been refuted, and every true step through the new L after it
   * (∂L/∂z₁ = p₁ − 1, left 0 under the old L) refuted too; a ✗ needs every reading to fail.
   * Where it shares an input ("y = sigma(z2)" with z2 = w2*b after y = b^2) it stays a claim
   * (NameSetToAnUndefinedNameTest).
   */
  static boolean unrelated(DocumentRun run, int line, String name, Expr formula) {
    if (run.engine.freeSymbols(formula).stream().noneMatch(n -> !n.equals(name)
        && run.ctx.defines(n))) {
      return false;
    }
    var defs = run.ctx.asDefinitions();
    Set<String> before = run.engine.freeSymbols(defs.inline(run.engine, run.engine.eval(name)));
    Set<String> after = new HashSet<>(run.engine.freeSymbols(defs.inline(run.engine, formula)));
    after.retainAll(before);
    return !before.isEmpty() && !before.contains(name) && after.isEmpty()
        && !run.engine.freeSymbols(formula).isEmpty();
  }

  /**
   * Whether a refuted {@code name = formula} of a defined name may be a new meaning: unrelated to
   * the old one ({@link #unrelated}), or the old one made in an earlier part of the exercise,
   * before a heading ({@link SectionDefinitions}).
   */
  static boolean secondReading(DocumentRun run, int line, String name, Expr formula) {
    return run.sections.fromEarlierPart(name, run.ctx) || unrelated(run, line, name, formula);
  }

  static StepVerdict unannounced(String name, StepVerdict.Refuted differs) {
    return new StepVerdict.NotChecked("read as a new definition of " + name + ", which differs "
        + "from its earlier one (" + differs.evidence().replaceFirst("^refuted ", "") + "); if it "
        + "is meant as a step, it is wrong there");
  }
}
