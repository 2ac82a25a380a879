package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a proof read the ∂A/∂B of a step, in words that say what was done. Under the local
 * reading ∂A/∂B is the partial of A's definition where B is one of its direct arguments, and
 * the total derivative through the definitions where B reaches A only through other names;
 * "reading ∂ of a direct argument as the local partial" was said of both, so the console's ✓ on
 * dC/db1 after z1 = w1*x + b1, z2 = w2*σ(z1) + b2, C = (σ(z2) − y)²/2 named a local partial
 * though b1 reaches C through z2 and z1 (a student tester, user29). It words a proof; it decides
 * nothing. Stateless.
 */
final class PartialWording {
  static final String LOCAL = ", reading ∂ of a direct argument as the local partial";
  static final String TOTAL = ", ∂ as the total derivative through the text's definitions";
  static final String MIXED = LOCAL + " and the others as total derivatives";
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private PartialWording() {}

  /** The words for the partials of {@code sides}, proved under the local reading or not. */
  static String of(CheckContext ctx, String sides, boolean localPartials) {
    if (!sides.contains("pd(") || !localPartials) {
      return "";
    }
    boolean local = false;
    boolean total = false;
    Matcher m = PD.matcher(OperatorHeads.asPartials(ctx, sides));
    while (m.find()) {
      String top = m.group(1);
      String var = m.group(2);
      if (!ctx.defines(top) || top.equals(var)) {
        local = true; // as before: a name the text does not define, read as written
      } else if (ctx.asDefinitions().rhs(top).map(r -> !r.isFreeOf(var)).orElse(false)) {
        local = true;
      } else {
        total = true;
      }
    }
    return local && total ? MIXED : total ? TOTAL : LOCAL;
  }

  /** {@code how} without the words {@link #of} added. */
  static String without(String how) {
    return how.replace(MIXED, "").replace(LOCAL, "").replace(TOTAL, "");
  }
}
