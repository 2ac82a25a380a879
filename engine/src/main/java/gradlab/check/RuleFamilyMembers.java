package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An update rule applied at a step, its gradient a family the text defines by a formula:
 * {@code w_{t+1} = w_t - \eta g_t} with {@code g_t = f'(w_t)}, then "we get $w_2 = 1.62$".
 * The rule at t = 1 is {@code w_{1} - \eta g_{1}}, and g₁ is the family's formula at 1,
 * {@code f'(w_{1})}; without it g₁ had no value and the wrong iterate passed silently (fresh
 * held-out samples, eleventh round). Members of the rule's own name are left to the rule.
 * Stateless.
 */
final class RuleFamilyMembers {
  /** A member written with a number: g_1, g_{2}, \delta_3. */
  private static final Pattern MEMBER = Pattern.compile(
      "(?<![A-Za-z\\\\])(\\\\[A-Za-z]+|[A-Za-z])\\s*_\\s*(?:\\{\\s*\\d{1,2}\\s*\\}|\\d)");

  private RuleFamilyMembers() {}

  /** {@code instance} with each member of another formula family replaced by its formula. */
  static String expanded(DocumentRun run, String instance, String base) {
    Matcher m = MEMBER.matcher(instance);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String formula = m.group(1).equals(base) ? null : run.indexed.formulaAt(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(formula == null ? m.group()
          : "\\left(" + formula + "\\right)"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
