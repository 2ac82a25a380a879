package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The least size a definition's Σ is written out for when the step names a member of it: after
 * ỹ₃ = Σ_{i=1}^{D} x̃ᵢ W_{i,3}, the step ∂ỹ₃/∂x̃₇ = W_{7,3} speaks of a family with at least
 * seven members, so written out for D = 1 … 5 x̃₇ "occurred nowhere in the definitions" and the
 * planted W_{3,7} was not located (learned-miller-vector-derivatives, miss20). Written out for
 * sizes below the highest member named, the sum is not the text's.
 */
final class NamedMembers {
  /** The highest size tried. */
  static final int HIGHEST = 9;
  private static final Pattern INDEXED = Pattern.compile("[A-Za-z][A-Za-z0-9]*\\d");

  private NamedMembers() {}

  /**
   * The least size at which every name of {@code sides} (engine syntax) that is a member of the
   * definitions of {@code names} written out for {@value #HIGHEST} is also one; 1 where none is.
   */
  static int least(DocumentRun run, SizedDefinitions defs, Set<String> names,
      LatexReading reading, String sides) {
    Set<String> step = new LinkedHashSet<>();
    Matcher m = INDEXED.matcher(sides);
    while (m.find()) {
      step.add(m.group());
    }
    if (step.isEmpty() || names.isEmpty()) {
      return 1;
    }
    try {
      Set<String> base = symbols(run, run.ctx);
      step.removeAll(base); // a name the text gives outside the sums is no member
      step.retainAll(symbols(run, defs.at(HIGHEST, run.ctx, names, reading, run.engine)));
      if (step.isEmpty()) {
        return 1;
      }
      for (int k = 1; k <= HIGHEST; k++) {
        if (symbols(run, defs.at(k, run.ctx, names, reading, run.engine)).containsAll(step)) {
          return k;
        }
      }
    } catch (RuntimeException e) {
      return 1;
    }
    return 1;
  }

  private static Set<String> symbols(DocumentRun run, CheckContext ctx) {
    Set<String> out = new LinkedHashSet<>();
    for (Definition d : ctx.definitions()) {
      out.add(d.name());
      out.addAll(run.engine.freeSymbols(d.rhs()));
    }
    return out;
  }
}
