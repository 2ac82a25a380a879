package gradlab.check;

import gradlab.math.Parser;
import gradlab.math.Symbols;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Integrals {@code \int_a^b f(x)\,dx}: with bounds that are numbers ({@code 0}, {@code \pi},
 * {@code \infty}) it is {@code integrate(f, {x, a, b})}, a number the checker computes; without
 * bounds it is {@code integrate(f, x)}, an antiderivative, which the checker decides by
 * differentiating the side it is compared with ({@link ClaimForms}). An upper bound that is a
 * name, Goodfellow's {@code \zeta(x) = \int_{-\infty}^{x} \sigma(y) dy}, gives
 * {@code integrate(f, {y, a, x})}, read only as a whole side and decided by differentiating
 * both sides with respect to x and comparing them at one point ({@link ClaimForms}). Other
 * symbolic bounds, and an integral whose differential {@code dx} is not found, are refused by
 * name. A differential written first ({@code \int_0^1 d\sigma\, \sigma(1-\sigma)}) is read
 * by {@link LeadingDifferentials}.
 */
final class LatexIntegrals {
  /** The differential: d or \mathrm{d}, then one letter that is not followed by a letter. */
  private static final Pattern DIFFERENTIAL = Pattern.compile(
      "(?:\\\\[,;! ]|\\s|^|(?<=[})]))(?:\\\\mathrm\\{d\\}|\\\\operatorname\\{d\\}|d)\\s*"
          + "([A-Za-z](?:_\\{[^{}]*\\}|_[A-Za-z0-9])?)(?![A-Za-z])");
  /** A vector's differential, d\mathbf{z}, d\boldsymbol{z}, d\vec{z}. */
  private static final Pattern VECTOR_DIFFERENTIAL = Pattern.compile(
      "(?<![A-Za-z\\\\])d\\s*\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{?\\s*([A-Za-z])");
  private static final Pattern CONSTANT = Pattern.compile("\\b(Pi|E|Infinity)\\b");

  private LatexIntegrals() {}

  /** The integral after {@code \int} at the cursor, in engine syntax. */
  static String integral(LatexReader r) {
    LatexCursor c = r.cursor();
    c.skipBlanks();
    if (c.atCommand("limits")) {
      c.advance("\\limits".length());
    }
    String low = null;
    String high = null;
    for (int k = 0; k < 2; k++) {
      c.skipBlanks();
      if (c.peek() == '_' || c.peek() == '^') {
        boolean lower = c.peek() == '_';
        c.advance();
        String bound = c.startsWith("\\") ? "\\" + c.rawArgument() : c.rawGroupOrToken();
        if (lower) {
          low = bound;
        } else {
          high = bound;
        }
      }
    }
    if ((low == null) != (high == null)) {
      throw new UnsupportedLatexException("integrals with one bound");
    }
    Matcher d = DIFFERENTIAL.matcher(c.rest());
    Matcher vector = VECTOR_DIFFERENTIAL.matcher(c.rest());
    if (vector.find() && (!d.find() || vector.start() < d.start())) {
      // the VAE's ∫ q(z) log p(z) dz: over the whole space of the vector z, not one variable
      throw new UnsupportedLatexException("integrals over a vector (d\\mathbf{" + vector.group(1)
          + "}: the checker integrates over one real variable)");
    }
    d.reset();
    LeadingDifferentials.Reading leading = LeadingDifferentials.read(c.rest());
    if (leading == null && !d.find()) {
      throw new UnsupportedLatexException("integrals without a differential dx");
    }
    String body = leading != null ? leading.integrand() : c.rest().substring(0, d.start());
    String var = r.readNested(leading != null ? leading.variable() : d.group(1)); // dx, dy_k
    c.advance(leading != null ? c.rest().length() : d.end()); // ∫ dσ σ(1 − σ): the whole rest
    String integrand = r.readNested(body.strip());
    if (integrand.isBlank()) {
      integrand = "1";
    }
    if (low == null) {
      r.indefiniteIntegral();
      return "integrate(" + integrand + ", " + var + ")";
    }
    if (!knownNames(r, integrand, var)) {
      throw new UnsupportedLatexException("integrals of names or functions the text does not "
          + "define");
    }
    String a = r.readNested(low);
    String b = r.readNested(high);
    if (numeric(a) && EngineNames.is(b.strip()) && !b.strip().equals(var)) {
      r.integralToBound(); // ∫_{-∞}^x σ(y) dy: decided through d/dx and one point (ClaimForms)
      return "integrate(" + integrand + ", {" + var + ", " + a + ", " + b.strip() + "})";
    }
    if (!numeric(a) || !numeric(b)) {
      throw new UnsupportedLatexException("integrals with symbolic bounds");
    }
    return "integrate(" + integrand + ", {" + var + ", " + a + ", " + b + "})";
  }

  private static boolean numeric(String bound) {
    return CONSTANT.matcher(bound).replaceAll("").matches("[-+*/^().0-9 ]*");
  }

  /**
   * Whether the integrand's names are the variable and names the text defines: an integral of
   * an undefined p(x) (a density) is not a number to compute, and the engine can spend minutes
   * on it.
   */
  private static boolean knownNames(LatexReader r, String integrand, String var) {
    try {
      Set<String> names = new HashSet<>(Symbols.of(Parser.parse(LatexReader.parserInput(
          integrand))));
      names.remove(var);
      return r.reading().variables().containsAll(names);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
