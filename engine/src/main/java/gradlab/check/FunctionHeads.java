package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a function definition as the texts write it: {@code f(x)}, {@code g(x, y)}, and
 * with a subscripted name or parameters, Parr and Howard's {@code u_1(x) = x^2},
 * {@code u_2(x,u_1) = x + u_1}, {@code f_1(x) = x^3}, CS231n's {@code f_c(x) = c + x}. The
 * name is what the LaTeX reader calls the function ({@code u_1} → u1), so that a later
 * {@code u_1(x)} is read as its application. A subscripted head is one of a lowercase letter and
 * a subscript of letters and digits, or of the parameters a model is written with
 * ({@link HypothesisSubscripts}: CS229's {@code h_\theta(x)}, {@code f_{\mathbf{w}}(x)});
 * capitals keep the one-letter form only (C, E are names the engine reserves).
 */
final class FunctionHeads {
  /** A parameter: a letter or a Greek letter (CS229's J(\\theta)), with a short subscript. */
  private static final String PARAM = "(?:[A-Za-z]|\\\\(?:theta|alpha|beta|gamma|lambda|mu|eta"
      + "|omega|xi|tau|rho|nu)(?![A-Za-z]))(?:_(?:\\{[A-Za-z0-9]{1,3}\\}|[A-Za-z0-9]))?";
  private static final Pattern HEAD = Pattern.compile("\\s*([A-Za-z]|[a-z]_(?:\\{[a-z0-9]{1,3}"
      + "\\}|[a-z0-9]|" + HypothesisSubscripts.SUBSCRIPT + ")|" + SubscriptedHeads.HEAD + "|"
      + GreekFunctionNames.HEAD + "|" + UprightFunctionNames.HEAD + ")\\s*\\(\\s*(" + PARAM
      + "(?:\\s*,\\s*" + PARAM + ")*)\\s*\\)\\s*");

  /**
   * A one-letter name in a font, as Ng writes the loss: {@code \mathcal{L}(a, y)} is the head
   * L(a, y), the name the reader gives {@code \mathcal{L}} everywhere else. Unread, the
   * definition was a claim and a later dL(a, y)/da was refuted with L a free name.
   */
  private static final Pattern FONT_LETTER = Pattern.compile(
      "^\\s*\\\\(?:mathcal|mathrm|mathit|mathsf)\\s*\\{\\s*([A-Za-z])\\s*\\}(?=\\s*\\()");

  /**
   * Letters the engine itself applies as functions (D differentiates, N evaluates): a head
   * {@code D(x) = w x} defined a rule that replaced the engine's D, and every later step of the
   * file was "unknown: holds at 10 random points", a planted error among them (WGAN-GP's
   * linear critic, held17). Such a LaTeX head defines nothing; its steps are not checked (plain
   * text's {@code D(x) = sigma(3*x)} is read as before).
   */
  private static final java.util.Set<String> ENGINE_OPERATORS = java.util.Set.of("D", "N");

  private FunctionHeads() {}

  /** A function head: the reader's name of the function and of each parameter. */
  record Head(String name, List<String> parameters) {
    /** The parameters as a comma-separated list, as {@code DocumentSteps} takes them. */
    String parameterList() {
      return String.join(", ", parameters);
    }

    /** {@code name(p1, p2)} in engine syntax. */
    String call() {
      return name + "(" + parameterList() + ")";
    }
  }

  /** A Greek letter spelled out before brackets in plain text: phi(x), Phi(x), psi(z). */
  private static final Pattern PLAIN_GREEK = Pattern.compile(
      "^\\s*(varphi|phi|Phi|psi|Psi|Gamma)(?=\\s*\\()");

  /**
   * The head a plain-text line writes: {@code phi(x) = exp(-x^2/2)/sqrt(2*pi)} defines φ, as
   * {@code \phi(x) = …} does in LaTeX (it was a claim about an undefined φ, a student).
   */
  static Head parsePlain(String raw, java.util.Set<String> functions) {
    raw = PlainDigitParameters.asSubscripts(raw); // lse(x1, x2) = …
    Matcher word = PLAIN_WORD.matcher(raw);
    if (word.lookingAt() && functions.contains(word.group(1))
        && !PLAIN_GREEK.matcher(raw).lookingAt()) { // softsign(x) = … (declared)
      Head h = head(word.replaceFirst("f"), false);
      return h == null ? null : new Head(word.group(1), h.parameters());
    }
    Head h = head(PlainHeadLetters.asLatex(PLAIN_GREEK.matcher(raw).replaceFirst("\\\\$1")),
        false); // f(x; θ) = …, ℓ(y, t) = …
    return h != null && PlainHeadLetters.namesEll(raw) ? new Head("ell", h.parameters()) : h;
  }

  /** A word before brackets in plain text, {@link PlainFunctionNames}' softsign(x). */
  private static final Pattern PLAIN_WORD = Pattern.compile("^\\s*([A-Za-z]{2,}[0-9]*)(?=\\s*\\()");

  /** The head {@code raw} writes, or null where it is not a function head. */
  static Head parse(String raw) {
    return head(raw, true);
  }

  private static Head head(String raw, boolean latex) {
    Matcher m = HEAD.matcher(ParameterSemicolons.asCommas(FONT_LETTER.matcher(raw)
        .replaceFirst("$1")));
    if (!m.matches()) {
      return null;
    }
    List<String> ps = new ArrayList<>();
    for (String p : m.group(2).split(",")) {
      ps.add(readerName(p.strip()));
    }
    if (ps.stream().distinct().count() < ps.size()) {
      return null; // f(x, x) is not a head
    }
    String f = m.group(1).strip();
    if (f.matches("\\\\(?:text|mathrm|operatorname)(?![A-Za-z]).*")) { // \text{FL}(p_t)
      return UprightFunctionNames.isUpright(f)
          ? new Head(UprightFunctionNames.engineName(f), List.copyOf(ps)) : null;
    }
    if (latex && ENGINE_OPERATORS.contains(f)) {
      return null; // D(x) = w x: see ENGINE_OPERATORS
    }
    return new Head(f.startsWith("\\") ? SubscriptedHeads.greekName(f) : functionName(f),
        List.copyOf(ps));
  }

  /**
   * The function's name as the reader reads it where it is applied: the subscript taken as one
   * TeX argument, so {@code f_\mathbf{w}} is fw there and here (and {@code f_{\mathbf{w}}}
   * fw in both: a bold subscript is its letter).
   */
  private static String functionName(String raw) {
    int u = raw.indexOf('_');
    return u < 0 ? raw : raw.substring(0, u)
        + LatexScripts.subscript(new LatexCursor(raw.substring(u + 1)).rawArgument());
  }

  /** {@code u_1} → u1, {@code u_{1}} → u1, {@code x} → x: the name the reader gives. */
  private static String readerName(String raw) {
    if (raw.startsWith("\\")) { // \theta → theta, \theta_0 → theta0
      int u = raw.indexOf('_');
      String g = LatexNames.greek(u < 0 ? raw.substring(1) : raw.substring(1, u));
      return u < 0 ? g : g + LatexScripts.subscript(raw.substring(u + 1));
    }
    int u = raw.indexOf('_');
    return u < 0 ? raw : raw.substring(0, u) + LatexScripts.subscript(raw.substring(u + 1));
  }

  /**
   * After {@code f_c(x) = c + x} where f is a function of the text: CS231n then writes
   * {@code \frac{df}{dx} = 1} for the derivative of f_c, so a later bare f may mean f or f_c.
   * Records that; {@link #familyUse} then keeps such steps from being checked against f alone.
   */
  static void family(DocumentRun run, Head fn, String shown, int line) {
    String base = fn.name().substring(0, 1);
    if (fn.name().length() > 1 && run.functions.contains(base)) {
      run.functionFamilies.put(base, base + " may mean " + shown.replaceAll("\\s*\\(.*", "")
          + ", defined on line " + line + " (the text writes " + base + " for each " + base
          + "_…), or the earlier " + base);
    } else if (fn.name().length() == 1) {
      run.functionFamilies.remove(base); // f defined anew: f is f again
    }
  }

  /** Why a step using a function letter made ambiguous by {@link #family} is not checked. */
  static String familyUse(DocumentRun run, String sides) {
    for (var e : run.functionFamilies.entrySet()) {
      if (java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + e.getKey() + "(?![A-Za-z0-9])")
          .matcher(sides).find()) {
        return e.getValue();
      }
    }
    return null;
  }
}
