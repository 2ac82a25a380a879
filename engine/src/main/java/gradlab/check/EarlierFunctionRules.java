package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules a function had before the text defined it anew. f-GAN's conjugates define
 * {@code f(u) = u \log u} (Kullback-Leibler), then {@code f(u) = (u - 1)^2} (Pearson), and then
 * say "for the Kullback-Leibler generator {@code f'(u) = 1 + \log u}": the step refers back to
 * the first f, and was refuted with the second. A step about a function with two definitions in
 * the text has two readings; where it holds under the earlier rule it is "not checked:
 * ambiguous", never ✗ (branch held28). One per
 * document run; the ledger only grows.
 */
final class EarlierFunctionRules {
  private record Replaced(int line, List<FunctionRule> rules) {}

  private final Map<String, List<Replaced>> byName = new LinkedHashMap<>();

  /** Notes {@code f}'s rules in {@code before}, which its new definition at {@code line} drops. */
  void replaced(CheckContext before, String f, int line) {
    List<FunctionRule> rules = before.functionRules().stream()
        .filter(r -> r.name().equals(f)).toList();
    if (!rules.isEmpty()) {
      byName.computeIfAbsent(f, k -> new ArrayList<>()).add(new Replaced(line, rules));
    }
  }

  /**
   * {@code v}, or "not checked" where {@code v} refutes a step about a function defined anew and
   * the step holds (proved, or unknown but true at every sample) under one of its earlier rules;
   * an earlier rule under which the step is not decided either (d2l's vector f(x) = x₁² + 2x₂²
   * before f(x) = x²/2) leaves the ✗.
   */
  StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v,
      Function<CheckContext, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.Refuted) || byName.isEmpty()) {
      return v;
    }
    String step = lhs + " " + rhs;
    for (var e : byName.entrySet()) {
      String f = e.getKey();
      if (!Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(f) + "(?![A-Za-z0-9])")
          .matcher(step).find()) {
        continue;
      }
      for (Replaced r : e.getValue()) {
        CheckContext earlier = run.ctx.withoutFunction(f);
        for (FunctionRule rule : r.rules()) {
          earlier = earlier.withFunctionRule(rule);
        }
        StepVerdict w = recheck.apply(earlier);
        if (w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown) {
          return new StepVerdict.NotChecked("ambiguous: " + LatexNames.readable(f)
              + " is defined anew at line " + r.line() + "; the step fails for the new "
              + LatexNames.readable(f) + " but not for the one before it");
        }
      }
    }
    return v;
  }
}
