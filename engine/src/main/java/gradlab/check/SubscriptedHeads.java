package gradlab.check;

/**
 * Function heads whose name is a capital or a Greek letter with a short subscript, as papers
 * name the functions they define: AdaBound's {@code \eta_l(t) = …} and {@code \eta_u(t) = …},
 * Koenker and Bassett's {@code \rho_\tau(u)}, Huber's {@code L_1(x)}, SAM's {@code L_S(w)}.
 * Unread, such a definition was a claim about the undefined names η_l and β₂ ("not defined in
 * the text"), and every later value {@code \eta_l(1000) = 0.05} held "only for values the text
 * does not state". Letters whose bare form the catalogue reads (σ, π, Σ, Π, δ, Δ, ε) are not
 * taken: {@code \sigma_k(x)} may be a standard deviation times x.
 */
final class SubscriptedHeads {
  /** A short subscript: a letter or digit, up to three in braces, or a Greek or bold letter. */
  private static final String SUB = "_(?:\\{[A-Za-z0-9]{1,3}\\}|[A-Za-z0-9]|"
      + HypothesisSubscripts.SUBSCRIPT + ")";

  /** The regex alternatives of such a head's name, without a group. */
  static final String HEAD = "(?:[A-Z]" + SUB + "|\\\\(?:alpha|beta|gamma|eta|kappa|lambda|mu|nu"
      + "|rho|tau|theta|omega|xi|zeta|chi|phi|varphi|psi|Gamma|Phi|Psi|Omega|Lambda|Theta)"
      + SUB + ")";

  private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile(
      "\\s*" + HEAD + "\\s*\\(.*", java.util.regex.Pattern.DOTALL);

  private SubscriptedHeads() {}

  /** Whether {@code raw} opens with such a head applied to brackets. */
  static boolean names(String raw) {
    return NAMES.matcher(raw).matches();
  }

  /**
   * The reader's name of a Greek head, with its subscript as the reader writes a subscript
   * ({@code \eta_l} → etal, as where it is applied); a head without one as
   * {@link GreekFunctionNames#engineName}.
   */
  static String greekName(String head) {
    String h = head.strip();
    int u = h.indexOf('_');
    if (u < 0) {
      return GreekFunctionNames.engineName(h);
    }
    return GreekFunctionNames.engineName(h.substring(0, u).strip())
        + LatexScripts.subscript(new LatexCursor(h.substring(u + 1)).rawArgument());
  }
}
