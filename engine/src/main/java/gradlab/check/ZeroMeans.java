package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading of a step through moments (E[·], Var(·), {@link LatexStatistics}) in which every
 * mean is 0: texts state a zero mean in words ("We let $w_l$ have zero mean"), which the checker
 * does not read, so a step that fails given its premises is refuted only if it also fails with
 * the means 0 (He's (7) Var[y] = n Var[w] E[x²] follows from (6) only with E[w] = 0). Stateless.
 */
final class ZeroMeans {
  private static final Pattern MEAN = Pattern.compile("(?<![A-Za-z0-9])meanof[A-Za-z0-9]+");

  private ZeroMeans() {}

  /** {@code ctx} with every mean named in {@code text} defined as 0. */
  static CheckContext of(DocumentRun run, CheckContext ctx, String text) {
    CheckContext out = ctx;
    Matcher m = MEAN.matcher(text);
    while (m.find()) {
      if (!out.defines(m.group())) {
        out = out.withDefinition(new Definition(m.group(), run.engine.eval("0")));
      }
    }
    return out;
  }
}
