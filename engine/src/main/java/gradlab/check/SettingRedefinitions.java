package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the text defined by a formula, set again to a different formula after prose that opens
 * a new setting. Goh's "Why Momentum Really Works" gives gradient descent's optimal step
 * {@code \alpha = \frac{2}{\lambda_1 + \lambda_n}} and then "With momentum the optimal parameters
 * are {@code \alpha = (\frac{2}{\sqrt{\lambda_1} + \sqrt{\lambda_n}})^2}": the same letter for
 * the new method's step, refuted as a claim against the old one (held-out set 28). Such a line
 * has two readings, a new definition or a wrong step; it is "not checked: ambiguous", never ✗,
 * and the steps after it use the new formula. Only a formula in free parameters after such
 * prose: a formula at given values ("With $p = 0.8$: …") or after "using the chain rule, so"
 * stays a claim.
 */
final class SettingRedefinitions {
  /** A sentence that opens a setting ("With momentum", "For Nesterov's method", "Instead"). */
  private static final Pattern SETTING = Pattern.compile("(?:^|\\n)\\s*(?:with|for|in|under)"
      + "\\s+(?!the\\s+chain)(?!\\$)[a-z]");
  /** A method's or a technique's words, under which a name may be the new method's own. */
  private static final Pattern METHOD = Pattern.compile("\\b(momentum|nesterov|adam\\w*|adagrad|"
      + "adadelta|rmsprop|weight decay|dropout|regulari[sz]\\w*|l[12] penalty|clipping|"
      + "batch norm\\w*|label smoothing|temperature|warm-?up|lookahead)\\b");
  private static final Pattern WORDS = Pattern.compile("\\b(instead|now|new|another|"
      + "alternatively|redefine|redefined)\\b");

  private SettingRedefinitions() {}

  /** {@code v}, or "not checked" where it refutes {@code name = formula} after such prose. */
  static StepVerdict guard(DocumentRun run, String lhs, Relation rel, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || rel != Relation.EQUAL
        || !EngineNames.NAME.matcher(lhs.strip()).matches()) {
      return v;
    }
    String name = lhs.strip();
    boolean opens = opensSetting(run.prose);
    // the method's words may stand before the sentence's other formulas ("With momentum
    // $\beta = 0.9$, the update becomes …"): its paragraph's last sentence, for a number only
    String key = SettingKeys.of(opens ? run.prose : run.paragraph() + " " + run.prose);
    boolean method = key != null && METHOD.matcher(key).find();
    if (!opens && !method || run.settingKeys.same(name, key)) {
      return v; // "With momentum, expanding, α = B" after "With momentum … α = A": a step
    }
    Definition old = run.ctx.definitions().stream().filter(d -> d.name().equals(name))
        .reduce((a, b) -> b).orElse(null);
    try {
      if (old == null || run.engine.freeSymbols(old.rhs()).isEmpty()) {
        return v;
      }
      Expr formula = run.checker.expandFunctions(run.ctx, run.engine.eval(rhs));
      Set<String> free = run.engine.freeSymbols(formula);
      if (free.isEmpty() && method) {
        return numberInPlace(run, name, key, formula, f);
      }
      if (!opens || free.isEmpty() || free.contains(name)
          || free.stream().anyMatch(s -> run.ctx.point().containsKey(s))) {
        return v;
      }
      run.ctx = run.ctx.withoutDefinitions(Set.of(name))
          .withDefinition(new Definition(name, formula));
      run.settingKeys.definedInPlace(name, key);
    } catch (RuntimeException e) {
      return v;
    }
    return new StepVerdict.NotChecked("ambiguous: read as a new definition of "
        + LatexNames.readable(name) + " in a new setting, which differs from its earlier one ("
        + f.evidence().replaceFirst("^refuted ", "") + "); if it is meant as a step, it is "
        + "wrong there");
  }

  /**
   * A number for the name under a method's words ("With momentum $\beta = 0.9$ …, the update
   * becomes $\Delta w = 0.9 \cdot 0.5 + 0.4 = 0.85$" after Δw = −η dL/dw of plain gradient
   * descent): the new method's quantity, not the old formula's value, so it is not refuted (a
   * new user's momentum exercise was ✗ there). The chain's arithmetic is still checked, and the
   * steps after it use the number.
   */
  private static StepVerdict numberInPlace(DocumentRun run, String name, String key,
      Expr number, StepVerdict.Refuted f) {
    run.ctx = run.ctx.withoutDefinitions(Set.of(name))
        .withDefinition(new Definition(name, number));
    run.settingKeys.definedInPlace(name, key);
    run.values.clear();
    return new StepVerdict.NotChecked("ambiguous: read as the value of "
        + LatexNames.readable(name) + " in the text's new setting (" + key + "), not that of "
        + "the text's earlier formula for it (" + f.evidence().replaceFirst("^refuted ", "")
        + "); if it is meant as a step, it is wrong there");
  }

  /** Whether the last sentence of {@code prose} opens a new setting. */
  static boolean opensSetting(String prose) {
    String p = prose.toLowerCase(Locale.ROOT);
    int cut = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    String last = cut < 0 ? p : p.substring(cut + 1);
    return SETTING.matcher(last).find() || WORDS.matcher(last).find();
  }
}
