package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name given a number in one worked example and used again in the next, for new variables:
 * Wu and He's group normalization computes "μ = (1 + 2 + 3)/3 = 2" for a group of three, then
 * "For a group of two values $x_1$ and $x_2$, write $d = \frac{x_1 - x_2}{2}$. Then $x_1 - \mu =
 * d$" (held30). The μ there is the new group's mean, the true step was refuted with μ = 2. Where
 * a refuted step uses such a name together with variables the paragraph introduces after "for",
 * "consider" or "take" and no definition outside that paragraph uses, the name has two readings (the earlier
 * number, or the same quantity of the new example), and the step is "not checked: ambiguous",
 * never ✗. A step without new variables keeps the earlier number (ValueRedefinitions reads
 * {@code y = f(x)} of a numbered y). Stateless.
 */
final class NewExampleValues {
  private static final Pattern NEW_EXAMPLE = Pattern.compile(
      "(?i)(?:^|[.!?]\\s+|\\n)\\s*(?:for|consider|take|now take|now consider)\\s+(?:a|an|another"
      + "|two|three|the case of)\\b");

  private NewExampleValues() {}

  /** {@code v}, or "not checked: ambiguous" where the refutation took an earlier example's value. */
  static StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || !run.latex()
        || !NEW_EXAMPLE.matcher(run.paragraph()).find()) {
      return v;
    }
    List<String> fresh = f.point().keySet().stream().filter(p -> !run.ctx.defines(p)
        && !run.ctx.point().containsKey(p) && introduced(run, p)
        && run.ctx.definitions().stream().allMatch(d -> d.rhs().isFreeOf(p)
        || introduced(run, d.name()))).toList(); // d = (x₁ − x₂)/2 of the same paragraph
    if (fresh.isEmpty()) {
      return v;
    }
    Matcher n = EngineNames.NAME.matcher(lhs + " " + rhs);
    while (n.find()) {
      String name = n.group();
      Definition d = run.ctx.definitions().stream().filter(x -> x.name().equals(name))
          .reduce((a, b) -> b).orElse(null);
      try {
        if (d == null || !run.engine.freeSymbols(d.rhs()).isEmpty()) {
          continue;
        }
      } catch (RuntimeException e) {
        continue;
      }
      return new StepVerdict.NotChecked(String.format(Locale.ROOT, "ambiguous: %s was given "
          + "the number %s in an earlier example; with %s new in this one it may mean the same "
          + "quantity of the new example", LatexNames.readable(name), d.rhs().unicode(),
          String.join(", ", fresh.stream().map(LatexNames::readable).toList())));
    }
    return v;
  }

  /** Whether the paragraph before the step writes {@code p} in its inline math. */
  private static boolean introduced(DocumentRun run, String p) {
    Matcher m = Pattern.compile("\\$([^$]+)\\$").matcher(run.paragraph());
    while (m.find()) {
      for (String side : m.group(1).split("=|<|>|\\\\[lg]eq?(?![A-Za-z])|,")) {
        String read = run.read(side); // each side of $d = …$, each of $x_1, x_2$
        if (read != null && Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(p)
            + "(?![A-Za-z0-9])").matcher(read).find()) {
          return true;
        }
      }
    }
    return false;
  }
}
