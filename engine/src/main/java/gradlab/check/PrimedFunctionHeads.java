package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A primed letter as the head of a definition, {@code q'(k) = (1 - \epsilon)\delta_{k,y} +
 * \frac{\epsilon}{K}}: Szegedy et al.'s smoothed label distribution q′ is a new function, not the
 * derivative of q. Where the text does not define q itself as a function (no rule, no generic
 * function in words, no quantity q) and the body does not use q, the head defines a function of
 * its own named q′ (the name {@code qprime} the reader already gives an unapplied {@code q'}, as
 * {@link PrimedNames} does for λ′), and a later {@code q'(k)} applies it. Before, every
 * {@code q'(…)} was "cannot read: q′(…) of a function the text does not define", so the planted
 * sign in {@code p(k) - q'(k) = p(k) - (1 - \epsilon)\delta_{k,y} + \frac{\epsilon}{K}} was never
 * checked.
 *
 * <p>Sound under both readings of the prime: the text gives q′ a body, so a later claim about
 * q′(…) means the same whether q′ is a name or the derivative of an unwritten q; a claim that
 * links q and q′ is not decided, since q stays unread. A body that uses q ({@code f'(x) = f(x)(1 -
 * f(x))}) states a property of q, not a definition, and is left as before; so is the prime of a
 * letter the text tried to define and the checker refused (Cover and Thomas's binary entropy
 * {@code H(X) = … = H(p)}, then {@code H'(p) = …}: H′ is H's derivative, and "H′(p) = 0 exactly
 * when 1 − p = p" was refuted as a claim about a function H′ of its own, a true step ✗), and
 * of a letter defined by cases ({@code g(x) = \begin{cases} …}, then {@code g'(x) = …} case by
 * case is a claim about g's derivative, not a definition).
 */
final class PrimedFunctionHeads {
  private static final Pattern HEAD = Pattern.compile("\\s*([A-Za-z])\\s*'\\s*(\\(.*\\))\\s*");

  private PrimedFunctionHeads() {}

  /** The head q′(k) that {@code rawHead} defines with {@code rawBody}, or null. */
  static FunctionHeads.Head parse(DocumentRun run, String rawHead, String rawBody) {
    Matcher m = HEAD.matcher(rawHead);
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1);
    String safe = LatexNames.safe(base);
    if (run.functions.contains(safe) || run.genericFunctions.contains(safe)
        || run.ctx.defines(safe) || run.reading().variables().contains(safe)
        || run.unread.containsKey(base) || run.unread.containsKey(safe) || run.cases.defines(base)
        || Pattern.compile("(?<![A-Za-z\\\\])" + base + "(?![A-Za-z])").matcher(rawBody).find()) {
      return null;
    }
    FunctionHeads.Head plain = FunctionHeads.parse(base + m.group(2));
    if (plain == null || !plain.name().equals(base)) {
      return null;
    }
    return new FunctionHeads.Head(LatexNames.safe(base + "prime"), plain.parameters());
  }

  /** Whether {@code name}′ is a function this text defined by such a head. */
  static boolean defined(LatexReading reading, String name) {
    return reading.functions().contains(LatexNames.safe(name + "prime"))
        && !reading.functions().contains(name);
  }
}
