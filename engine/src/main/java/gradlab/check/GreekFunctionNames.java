package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functions named by a Greek letter: Φ, φ, ψ, Γ. {@code \Phi(x) = …} defines Φ as any letter's
 * {@code f(x) = …} does, and a text that says in words that Φ is the standard normal CDF (φ the
 * standard normal density) binds it to that function, written through erf as the catalogue
 * writes it: Φ(x) = ½(1 + erf(x/√2)), φ(x) = e^{−x²/2}/√(2π). Only "standard" normal or
 * Gaussian is bound (a normal CDF of unstated mean and variance is not a function of x alone);
 * otherwise Φ(x) has two readings, Φ applied or Φ times x ({@link LatexScripts}).
 */
final class GreekFunctionNames {
  /** The Greek function names (and ℓ, the loss) a head may have, as regex alternatives. */
  static final String HEAD = "\\\\(?:Phi|phi|varphi|psi|Psi|Gamma|ell)(?![A-Za-z])";

  private static final Pattern DESCRIBED = Pattern.compile("\\$\\s*(\\\\(?:Phi|phi|varphi))"
      + "\\s*(?:\\(\\s*[a-z]\\s*\\))?\\s*\\$,?\\s+(?:is|denotes|being|=)\\s+the\\s+(?:CDF|cdf|"
      + "cumulative distribution function|density|PDF|pdf|probability density(?: function)?)?"
      + "\\s*(?:of\\s+the\\s+)?"
      + "standard\\s+(?:normal|Gaussian|gaussian)(?:\\s+distribution)?\\s*(CDF|cdf|"
      + "cumulative distribution function|density|PDF|pdf|probability density(?: function)?)?");

  /** {@code \Phi(x) = …} anywhere in the text: Φ is a function there, also before that line. */
  private static final Pattern DEFINED = Pattern.compile("(" + HEAD + ")\\s*\\(\\s*[A-Za-z]"
      + "\\s*\\)\\s*=");
  /**
   * "Let $h$ be any differentiable function": h applied to brackets is an application. Only
   * such words (arbitrary, differentiable, smooth, …): "$a$ is the activation" is no declaration.
   */
  private static final Pattern DECLARED = Pattern.compile("\\$\\s*([A-Za-z]|" + HEAD
      + ")\\s*\\$\\s+(?:be|is|denotes)\\s+(?:any|some|an?)\\s+(?:(?:arbitrary|differentiable|"
      + "smooth|continuous|scalar|real|real-valued|unknown)\\s+){0,2}function(?![a-z])");

  private static final String CDF = "\\frac{1}{2}\\left(1 + \\mathrm{erf}\\left(\\frac{x}"
      + "{\\sqrt{2}}\\right)\\right)";
  private static final String DENSITY = "\\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}";

  private GreekFunctionNames() {}

  /** The engine name of a definition's head: {@code f} stays f, {@code \Phi} is Φ's name. */
  static String engineName(String head) {
    String h = head.strip();
    return h.startsWith("\\") ? LatexNames.safe(LatexNames.greek(h.substring(1))) : h;
  }

  /** A function the text describes in words: its line, its LaTeX head and its body in LaTeX. */
  record Described(int line, String head, String body) {}

  /** Every "$\Phi$ is the standard normal CDF" (or density) of {@code text}. */
  static List<Described> described(String text) {
    List<Described> out = new ArrayList<>();
    Matcher m = DESCRIBED.matcher(text);
    while (m.find()) {
      String kind = (m.group(0).replaceFirst("^\\$[^$]*\\$", "")).toLowerCase(
          java.util.Locale.ROOT);
      boolean cdf = kind.contains("cdf") || kind.contains("cumulative");
      boolean density = kind.contains("density") || kind.contains("pdf");
      if (cdf == density) {
        continue; // neither or both named: nothing is bound
      }
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new Described(line, m.group(1), cdf ? CDF : DENSITY));
    }
    return out;
  }

  /**
   * The engine names of the functions {@code text} defines by a Greek head ({@code \Phi(x) = …}),
   * describes ({@link #described}) or declares in words ("let $h$ be a differentiable
   * function"): their calls are applications wherever they stand, also before the definition
   * (GELU's "g(x) = x Φ(x), where Φ(x) = …").
   */
  static java.util.Set<String> functionNames(String text) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Pattern p : List.of(DEFINED, DECLARED, DESCRIBED)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(engineName(m.group(1)));
      }
    }
    return out;
  }

  /** Defines the function {@code d} describes, read as any definition's body is. */
  static void bind(DocumentRun run, Described d) {
    String name = engineName(d.head());
    String body = LatexReader.read(d.body(), run.reading()).engineSyntax();
    run.ctx = run.ctx.withoutFunction(name);
    run.steps.defineFunction(d.line(), name, "x", d.body(), body, "function definition");
  }
}
