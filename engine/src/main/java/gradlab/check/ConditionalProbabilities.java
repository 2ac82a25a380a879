package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditional probability notation, {@code P(y \mid \boldsymbol{x})}, {@code p(y | x)},
 * {@code P(y=1|x)}, also with another head: {@code q(z|x)}, {@code \pi_\theta(a_t | s_t)},
 * {@code q_\sigma(\tilde{x} | x)}, {@code \gamma_k(\mathbf{t}_n | \mathbf{x}_n)},
 * {@code p\left(w_j|w_I\right)}: one quantity, a name of its own ({@code P_{y given x}} inside;
 * a head's subscript first, {@code \pi_{theta of at given st}}), never a product, a call of the
 * head or an absolute value. Exactly one bar that is no norm ({@code \|}, {@code ||}) and text on
 * both sides of it: {@code f(|x|)} and {@code f(a + |x|)} keep their absolute values. It is the
 * text's only where the text defines that very name ({@code P(y \mid x) = …}); the text's P(y) is
 * another quantity (a conditional is not the marginal in general: Bayes' rule relates them), so a
 * step from one to the other is "not checked: not defined", never decided by identifying them;
 * a derivative of one the text does not define is not checked ({@link ConditionalDerivatives}).
 */
final class ConditionalProbabilities {
  /** Greek letters that head a conditional (π_θ(a | s), γ_k(t | x)); not δ, σ, ε, λ, θ. */
  private static final String HEADS = "gamma|pi|phi|varphi|psi|rho|mu|nu|omega|tau|xi|chi|Gamma"
      + "|Phi|Psi|Pi|Omega";
  /** A part of the bracket: no bar, brackets one level deep ({@code \mathbf{x}^{(i)}}). */
  private static final String PART = "((?:[^()|]|\\([^()|]*\\))*?)";
  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?<![A-Za-z\\\\])([A-Za-z]|\\\\(?:" + HEADS + ")(?![A-Za-z]))"
      + "(\\s*_\\s*(?:\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*\\}|\\\\[A-Za-z]+|[A-Za-z0-9]))?"
      + "\\s*(?:\\\\left\\s*)?\\(" + PART + "(?:\\\\mid|\\\\vert|(?<![\\\\|])\\|(?!\\|))" + PART
      + "(?:\\\\right\\s*)?\\)");
  private static final Pattern COMMAND = Pattern.compile(
      "\\\\(?:boldsymbol|mathbf|bm|mathbold|vec)\\s*\\{([^{}]*)\\}|\\\\(?:boldsymbol|mathbf|bm)"
      + "\\s*([A-Za-z])");
  /** \tilde{x} → xtilde: a decorated name is another name (q(x̃ | x) is not q(x | x)). */
  private static final Pattern DECORATION = Pattern.compile(
      "\\\\(?:wide)?(tilde|hat|bar|overline)\\s*(?:\\{\\s*(\\\\?[A-Za-z]+)\\s*\\}"
      + "|(\\\\[A-Za-z]+|[A-Za-z]))");

  private ConditionalProbabilities() {}

  /** The LaTeX with each conditional probability written as one name. */
  static String asNames(String latex) {
    if (!latex.contains("|") && !latex.contains("\\mid") && !latex.contains("\\vert")) {
      return latex;
    }
    Matcher m = CONDITIONAL.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String event = part(m.group(3));
      String given = part(m.group(4));
      if (event.isEmpty() || given.isEmpty()) {
        m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String sub = m.group(2) == null ? "" : subscript(m.group(2).strip().substring(1));
      sub = sub.isEmpty() ? "" : sub + "of";
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "_{" + sub + event + "given"
          + given + "}"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** {@code P(y | x)}, {@code π_θ(a | s)} for the engine name of a conditional, else null. */
  static String readable(String engineName) {
    Matcher m = ENGINE_NAME.matcher(engineName);
    if (!m.matches()) {
      return null;
    }
    String h = m.group(1);
    String head = h.length() == 1 ? h : h.matches("cap[a-z]") ? h.substring(3).toUpperCase(
        java.util.Locale.ROOT) : h.matches("piv?") ? "π" : h.matches("cappiv?") ? "Π"
        : LatexNames.readable(h);
    return head + (m.group(2) == null ? "" : "_" + shown(m.group(2))) + "(" + shown(m.group(3))
        .replace("eq", " = ") + " | " + shown(m.group(4)) + ")";
  }

  /** A capital in an engine name: w_O is wcapo. */
  private static final Pattern CAPITAL = Pattern.compile("cap([a-z])");

  /** A part of the name with its Greek letters and capitals shown (theta → θ, wcapo → wO). */
  private static String shown(String part) {
    String greek = GREEK_PART.matcher(part).replaceAll(g -> LatexNames.readable(g.group()));
    return CAPITAL.matcher(greek).replaceAll(c -> c.group(1).toUpperCase(java.util.Locale.ROOT));
  }

  /** The Greek names, longest first (theta before eta). */
  private static final Pattern GREEK_PART = Pattern.compile(String.join("|", LatexNames.GREEK
      .stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()));

  /** Greek letters the catalogue reads as functions or constants, still letters in a name. */
  private static final java.util.Set<String> GREEK_FUNCTIONS = java.util.Set.of("sigma", "pi",
      "varsigma", "Sigma", "Pi", "varpi");
  private static final Pattern GREEK_COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern ENGINE_NAME = Pattern.compile("((?:cap)?(?:piv|"
      + HEADS.toLowerCase(java.util.Locale.ROOT) + "|[a-z]))(?:([A-Za-z0-9]+?)of)?"
      + "([A-Za-z0-9]+?)given([A-Za-z0-9]+)");

  /**
   * The head's subscript as letters: {@code \sigma} → sigma, {@code \theta_{\text{old}}}
   * → thetaold.
   */
  private static String subscript(String s) {
    return COMMAND.matcher(s).replaceAll("$1$2").replaceAll("\\\\(?:text|textrm|mathrm|rm|"
        + "operatorname|mathcal|mathit|mathsf)(?![A-Za-z])", "").replaceAll("[^A-Za-z0-9]", "");
  }

  /** The letters and digits of one side of the bar (= as "eq", − as "m"), or "" if none. */
  private static String part(String s) {
    // d2l's P(X \mid \theta): a Greek letter is part of the name (theta), other commands are not
    String t = DECORATION.matcher(COMMAND.matcher(s).replaceAll("$1$2")).replaceAll(
        d -> Matcher.quoteReplacement((d.group(2) != null ? d.group(2) : d.group(3))
            .replace("\\", "") + d.group(1).replace("overline", "bar")))
        .replace("=", "eq").replace("-", "m").replace(",", "and").replace("^", "sup")
        .replace("'", "prime").replace("*", "star");
    return GREEK_COMMAND.matcher(t).replaceAll(g -> LatexNames.GREEK.contains(g.group(1))
        || GREEK_FUNCTIONS.contains(g.group(1)) ? g.group(1) : "").replaceAll("[^A-Za-z0-9]", "");
  }
}
