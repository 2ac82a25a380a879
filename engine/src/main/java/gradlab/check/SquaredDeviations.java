package gradlab.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variance computed in a chain, {@code \sigma^2 = p(1-p) = 0.25}: σ is the standard deviation
 * the chain computes, σ = √(p(1 − p)) (a standard deviation is ≥ 0), so a later
 * {@code 2\sigma^2 = 0.5} uses that value; it had been "holds only for values the text does not
 * state" (found by a new-user tester). Only a chain of three or more terms whose head is σ² (or
 * σ_x²) and whose σ the text neither defines nor names at a point; a second such chain (another
 * scheme's σ²) replaces the value this gave, never the text's own definition of σ.
 */
final class SquaredDeviations {
  static final String NOTE = "definition (σ ≥ 0, from the σ² the chain computes)";
  private static final Pattern HEAD = Pattern.compile("\\s*(\\\\sigma(?:\\s*_\\s*(?:\\{[^{}]*\\}"
      + "|[A-Za-z0-9]))?)\\s*\\^\\s*(?:\\{\\s*2\\s*\\}|2)\\s*");

  private SquaredDeviations() {}

  /** Defines σ from the chain {@code raw} where it is such a chain; nothing otherwise. */
  static void defineInPlace(DocumentRun run, int line, List<String> raw,
      List<Relation> relations) {
    if (raw.size() < 3 || relations.get(0) != Relation.EQUAL) {
      return;
    }
    Matcher h = HEAD.matcher(raw.get(0));
    if (!h.matches()) {
      return;
    }
    String base = h.group(1).strip();
    String name = run.read(base);
    if (name == null || run.ctx.point().containsKey(name)) {
      return;
    }
    boolean ours = run.out.stream().anyMatch(r -> NOTE.equals(r.note())
        && r.lhs().equals(base));
    if (run.ctx.defines(name) && !ours) {
      return;
    }
    run.ctx = run.ctx.withoutDefinitions(Set.of(name));
    int before = run.out.size();
    run.chain(line, base + " = \\sqrt{" + raw.get(1) + "}", false, true, null);
    List<StepResult> added = run.out.subList(before, run.out.size());
    added.replaceAll(r -> r.isClaim() ? r : new StepResult(r.line(), r.lhs(), r.relation(),
        r.rhs(), null, NOTE));
  }
}
