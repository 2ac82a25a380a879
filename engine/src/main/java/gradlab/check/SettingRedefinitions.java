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
  private static final Pattern WORDS = Pattern.compile("\\b(instead|now|new|another|"
      + "alternatively|redefine|redefined)\\b");

  private SettingRedefinitions() {}

  /** {@code v}, or "not checked" where it refutes {@code name = formula} after such prose. */
  static StepVerdict guard(DocumentRun run, String lhs, Relation rel, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || rel != Relation.EQUAL
        || !EngineNames.NAME.matcher(lhs.strip()).matches() || !opensSetting(run.prose)) {
      return v;
    }
    String name = lhs.strip();
    String key = SettingKeys.of(run.prose);
    if (run.settingKeys.same(name, key)) {
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
      if (free.isEmpty() || free.contains(name)
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

  /** Whether the last sentence of {@code prose} opens a new setting. */
  static boolean opensSetting(String prose) {
    String p = prose.toLowerCase(Locale.ROOT);
    int cut = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    String last = cut < 0 ? p : p.substring(cut + 1);
    return SETTING.matcher(last).find() || WORDS.matcher(last).find();
  }
}
