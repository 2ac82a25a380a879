package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The names under a square root, through the text's definitions: a root of a square is an
 * absolute value, √(β²g²) = |β||g|, as piecewise in β's sign as |·| is. Zhuang et al.'s AdaBelief
 * (held30) writes ŝ₁ = β₁²g₁² and then the true first step {@code \frac{\alpha \hat{m}_1}
 * {\sqrt{\hat{s}_1}} = \frac{\alpha g_1}{\beta_1 |g_1|}} of a decay rate β₁ in (0, 1), which the
 * text states no range for: it was refuted at β₁ = −1.93. These names join those inside max, min
 * and |·| for {@link UnstatedParameterRanges}, which re-samples such a parameter in (0, 1),
 * (1, ∞) and (−∞, 0) and says "not checked" where the step holds throughout a range the
 * refutation is not in; a slip that fails for every β₁ stays ✗. Stateless.
 */
final class RootedParameters {
  private static final java.util.regex.Pattern ROOT = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9])(?:sqrt|Sqrt)\\(");

  private RootedParameters() {}

  /** The names inside {@code sqrt(…)} in {@code text}, and those their definitions use. */
  static Set<String> inside(DocumentRun run, String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ROOT.matcher(text);
    while (m.find()) {
      int close = TopLevel.closing(text, m.end() - 1); // unclosed: to the last but one
      int end = close < 0 ? Math.max(m.end(), text.length() - 1) : close;
      Matcher n = EngineNames.NAME.matcher(text.substring(m.end(), end));
      while (n.find()) {
        out.add(n.group());
        run.ctx.asDefinitions().rhs(n.group()).ifPresent(rhs -> {
          try {
            out.addAll(run.engine.freeSymbols(run.ctx.asDefinitions().inline(run.engine, rhs)));
          } catch (RuntimeException unread) {
            // a definition the engine cannot inline adds no names
          }
        });
      }
    }
    return out;
  }
}
