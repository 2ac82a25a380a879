package gradlab.check;

/**
 * The subscript of a model written with its parameters, as the machine-learning texts name a
 * hypothesis: CS229's {@code h_\theta(x) = \theta_0 + \theta_1 x}, {@code p_\phi(x)},
 * {@code f_{\mathbf{w}}(x)}, {@code f_{\mathbf{W}, b}(x)}. The subscript only labels the function
 * (the reader names it h_theta, f_mathbfw); the parameters it names stay free names of the body.
 * Without it the head was no head, {@code h_\theta(x)} was a product or an application, and
 * every step through the model was "not checked" (fresh held-out samples, eleventh round).
 */
final class HypothesisSubscripts {
  /** A Greek parameter letter, as a command. */
  private static final String GREEK = "\\\\(?:theta|vartheta|phi|varphi|psi|alpha|beta|gamma"
      + "|lambda|mu|omega|sigma|eta|xi|tau|rho|nu)(?![A-Za-z])";
  /** A bold parameter: {@code \mathbf{w}}, {@code \boldsymbol{\theta}}, {@code \bm{W}}. */
  private static final String BOLD = "\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*(?:[A-Za-z]|"
      + GREEK + ")\\s*\\}";
  /** One parameter of the subscript: Greek, bold or a single letter. */
  private static final String ONE = "(?:" + GREEK + "|" + BOLD + "|[A-Za-z])";

  /**
   * The subscript after {@code _}: a Greek or bold parameter bare ({@code _\theta},
   * {@code _\mathbf{w}}) or braced, several braced ones separated by commas
   * ({@code _{\mathbf{W}, b}}) with at least one Greek or bold.
   */
  static final String SUBSCRIPT = "(?:" + GREEK + "|" + BOLD + "|\\{\\s*(?:" + ONE
      + "\\s*,\\s*)*(?:" + GREEK + "|" + BOLD + ")(?:\\s*,\\s*" + ONE + ")*\\s*\\})";

  private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile(
      "\\s*[a-z]_" + SUBSCRIPT + "\\s*\\(.*", java.util.regex.Pattern.DOTALL);

  private HypothesisSubscripts() {}

  /** Whether {@code rawHead} names a model by its parameters: {@code h_\theta(x)}. */
  static boolean names(String rawHead) {
    return HEAD.matcher(rawHead).matches();
  }
}
