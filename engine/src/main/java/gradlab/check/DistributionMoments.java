package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moments a distribution statement gives: {@code m \sim \mathrm{Bernoulli}(p)} makes E[m] =
 * p and Var(m) = p(1 − p); {@code X \sim U[a, b]} (also {@code U(a, b)},
 * {@code \mathcal{U}}) makes E[X] = (a + b)/2 and Var(X) = (b − a)²/12; {@code X \sim
 * \mathcal{N}(μ, s^2)} makes E[X] = μ and Var(X) = s², but only where the second argument is
 * written as a square or is 1 (N(0, 0.01) is a variance in some texts and a standard
 * deviation in others). Glorot's {@code W_{ij} \sim U[-1/\sqrt{n}, 1/\sqrt{n}]} then
 * "n Var[W] = 1/3": the moments of a matrix entry (a capital with index subscripts i, j, k,
 * l) are also those of the bare capital, which such texts write for "an entry". Not for a
 * small letter: seed 4's x_m ~ N(0, 1) is one layer's input, and its later x, another
 * layer's, has other moments.
 * Stateless.
 */
final class DistributionMoments {
  private static final Pattern STATEMENT = Pattern.compile(
      "\\s*(.+?)\\s*(?:\\\\sim(?![A-Za-z])|∼)\\s*(?:\\\\mathcal\\s*\\{\\s*([UN])\\s*\\}|([UN]))"
      + "\\s*(?:\\\\left\\s*)?[\\[(](.*)(?:\\\\right\\s*)?[\\])]\\s*[.,;]?\\s*", Pattern.DOTALL);
  /** {@code m \sim \mathrm{Bernoulli}(p)}: E[m] = p, Var(m) = p(1 − p). */
  private static final Pattern BERNOULLI = Pattern.compile(
      "\\s*(.+?)\\s*(?:\\\\sim(?![A-Za-z])|∼)\\s*(?:\\\\(?:mathrm|text|operatorname|textrm)\\s*\\{\\s*)?"
      + "Bern(?:oulli)?\\s*\\}?\\s*(?:\\\\left\\s*)?\\((.*?)(?:\\\\right\\s*)?\\)\\s*[.,;]?\\s*",
      Pattern.DOTALL);
  private static final Pattern INDEXED = Pattern.compile("([A-Z])_\\{?[ijklmn]{1,2}\\}?");

  private DistributionMoments() {}

  /** Adds the moments {@code statement} gives to the run's context; false where none. */
  static boolean defineInPlace(DocumentRun run, String statement) {
    Matcher bernoulli = BERNOULLI.matcher(statement);
    if (bernoulli.matches() && TopLevel.split(bernoulli.group(2), ',').size() == 1) {
      String p = bernoulli.group(2).strip(); // a dropout mask: E[m] = p (inverted dropout's h/p)
      return define(run, bernoulli.group(1).strip(), p, "(" + p + ")(1 - (" + p + "))");
    }
    Matcher m = STATEMENT.matcher(statement);
    if (!m.matches()) {
      return false;
    }
    String x = m.group(1).strip();
    String family = m.group(2) != null ? m.group(2) : m.group(3);
    String inner = m.group(4).replaceAll("\\\\right\\s*$", "");
    List<String> args = TopLevel.split(inner, ',');
    if (args.size() != 2) {
      return false;
    }
    String a = args.get(0).strip();
    String b = args.get(1).strip();
    String mean;
    String variance;
    if (family.equals("U")) {
      mean = "\\frac{(" + a + ") + (" + b + ")}{2}";
      variance = "\\frac{((" + b + ") - (" + a + "))^2}{12}";
    } else if (b.matches("(?s).*\\^\\s*\\{?\\s*2\\s*\\}?") || b.equals("1")) {
      // N(μ, s²), or N(μ, 1), whose variance and standard deviation are both 1
      mean = a;
      variance = b;
    } else {
      return false;
    }
    Matcher bare = INDEXED.matcher(x);
    boolean done = define(run, x, mean, variance);
    if (bare.matches()) {
      done |= define(run, bare.group(1), mean, variance);
    }
    return done;
  }

  private static boolean define(DocumentRun run, String x, String mean, String variance) {
    try {
      LatexReading r = run.reading();
      String e = LatexReader.read("\\mathbf{E}[" + x + "]", r).engineSyntax().strip();
      String v = LatexReader.read("\\text{Var}(" + x + ")", r).engineSyntax().strip();
      if (!LatexStatistics.isMoment(e) || !LatexStatistics.isMoment(v)) {
        return false;
      }
      run.ctx = run.ctx.withDefinition(new Definition(e, run.engine.eval(LatexReader.read(mean,
          r).engineSyntax()))).withDefinition(new Definition(v, run.engine.eval(
          LatexReader.read(variance, r).engineSyntax())));
      return true;
    } catch (RuntimeException ex) {
      return false; // bounds the reader cannot read give no moments
    }
  }
}
