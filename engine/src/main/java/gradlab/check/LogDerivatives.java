package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative with respect to the logarithm of a name, {@code \frac{\partial y}{\partial
 * \log\pi_1}} (Jang et al.'s Gumbel-Softmax gradient, a log-odds, a log-scale parameter): with
 * u = log π the chain rule gives ∂y/∂u = (∂y/∂π)/(d log π/dπ), other variables held as for ∂/∂π.
 * The denominator keeps the logarithm written, so an unbased {@code \log} is read to base 10 and
 * to base 2 as well before a step is refuted ({@link LogBases}); {@code \ln} has said its base.
 * Only a name as the argument: ∂/∂log(a + b) holds no single variable, and is refused as before.
 */
final class LogDerivatives {
  /** \log\pi_1, \ln x, \log(\sigma), \log{\tau}: the logarithm and its argument. */
  private static final Pattern OF_LOG = Pattern.compile(
      "\\\\(?:log|ln)(?![A-Za-z])\\s*(?:\\((.*)\\)|\\{(.*)\\}|(.*))", Pattern.DOTALL);
  private static final Pattern NAME = EngineNames.NAME;

  private LogDerivatives() {}

  /**
   * @param below the differential's variable as written, the {@code \partial} taken off
   * @return the engine name of the logarithm's argument, the engine form of the logarithm and
   *     the argument as written, or null when {@code below} is not the logarithm of one name
   */
  static String[] variable(LatexReader r, String below) {
    Matcher m = OF_LOG.matcher(below.strip());
    if (!m.matches()) {
      return null;
    }
    String arg = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    if (arg.isBlank()) {
      return null;
    }
    String var = r.readNested(arg.strip()).strip();
    if (!NAME.matcher(var).matches()) {
      return null;
    }
    return new String[] {var, r.readNested(below).strip(), arg.strip()};
  }

  /** The derivative with respect to the name, divided by the logarithm's derivative. */
  static String divided(String derivative, String[] variable) {
    return "(" + derivative + "/dd(" + variable[1] + ", " + variable[0] + "))";
  }
}
