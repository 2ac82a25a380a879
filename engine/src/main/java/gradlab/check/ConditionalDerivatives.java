package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conditional probability is a function of its arguments: {@code p(y \mid x)} depends on y and
 * x, {@code P(X \mid \theta)} on θ, {@code \pi_\theta(a | s)} on θ, a and s. It is read as one
 * name ({@link ConditionalProbabilities}), so where the text defines it
 * ({@code P(X \mid \theta) = \theta^9(1-\theta)^4}) a derivative in θ puts the definition in and
 * is decided. Where the text does not, the name alone would be a constant and
 * {@code \frac{d}{dx} p(y \mid x) = 0} "proved" (or a model's {@code \partial_w \log p(y \mid x)}
 * refuted, its dependence on w unwritten): a derivative on a side that reaches such a name, as
 * written or through the text's definitions ({@code \ell = -\log q(z|x)}), is "not checked".
 */
final class ConditionalDerivatives {
  /** The variable of each derivative, dd(…, x) or pd(…, x). */
  private static final Pattern VARIABLE = Pattern.compile(",\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*?given[A-Za-z0-9]+");
  private static final Pattern NAME = EngineNames.NAME;

  private ConditionalDerivatives() {}

  /**
   * Why a derivative on {@code side} (engine syntax) of a conditional the text does not define
   * cannot be decided, or null when there is none.
   */
  static String undecided(CheckContext ctx, String side) {
    if (!side.contains("dd(") && !side.contains("pd(")) {
      return null;
    }
    Matcher c = CONDITIONAL.matcher(reach(ctx, side));
    while (c.find()) {
      String name = c.group();
      if (ctx.defines(name)) {
        continue;
      }
      String shown = ConditionalProbabilities.readable(name);
      shown = shown != null ? shown : LatexNames.readable(name);
      String args = name.toLowerCase(java.util.Locale.ROOT);
      Matcher v = VARIABLE.matcher(side);
      while (v.find()) {
        String var = v.group(1).toLowerCase(java.util.Locale.ROOT);
        if (args.contains(var.startsWith("cap") ? var.substring(3) : var)) {
          return "a derivative in " + LatexNames.readable(v.group(1)) + " of " + shown
              + ", which depends on it and which the text does not define";
        }
      }
      return "a derivative of an expression with " + shown + ", which the text does not "
          + "define (what it depends on is not written out)";
    }
    return null;
  }

  /** {@code side} with the definitions of the names it uses, and of theirs, put beside it. */
  private static String reach(CheckContext ctx, String side) {
    StringBuilder all = new StringBuilder(side);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int at = 0; at < all.length() && all.length() < 20_000; ) {
      Matcher n = NAME.matcher(all);
      if (!n.find(at)) {
        break;
      }
      at = n.end();
      if (!seen.add(n.group())) {
        continue;
      }
      for (var d : ctx.definitions()) {
        if (d.name().equals(n.group())) {
          all.append(' ').append(d.rhs().input());
        }
      }
      for (var f : ctx.functionRules()) {
        if (f.name().equals(n.group())) {
          all.append(' ').append(f.body().input());
        }
      }
    }
    return all.toString();
  }
}
