package gradlab.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backslash commands: operators, spacing that is skipped, functions ({@code \tanh^2 x},
 * {@code \log \sigma(x)}), Greek letters, decorations, {@code \sqrt}, underbraces, and
 * the constructs refused by name. Fractions, Σ and Π are in {@link LatexOperators}.
 */
final class LatexCommands {
  /** A font command inside an accent's argument (its backslash already gone): not the name. */
  private static final java.util.regex.Pattern FONT = java.util.regex.Pattern.compile(
      "(?<![A-Za-z])(?:(?:mathbf|boldsymbol|bm|vec|mathsf|bf)(?=\\s*\\{)|(?:mathbf|boldsymbol)"
      + "(?=[A-Za-z]))"); // \boldsymbol\mu arrives as "boldsymbolmu"
  private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile(
      "(?<![A-Za-z])(?:(?:mathbf|boldsymbol|bm|vec)(?=\\s*\\{)|(?:mathbf|boldsymbol)(?=[A-Za-z]))");
  /** The hyperbolic secant, which the engine lacks: applied as 1/cosh. */
  static final String SECH = "Sech";
  private static final Map<String, String> OPERATORS = Map.of("cdot", "*", "times", "*");
  private static final Set<String> IGNORED = Set.of("left", "right", "big", "Big", "bigg",
      "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "quad", "qquad", ",", ";", "!",
      " ", "limits", ":");
  private static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("sum", "Σ with symbolic bounds"), Map.entry("prod", "Π with symbolic bounds"),
      Map.entry("iint", "double integrals"), Map.entry("oint", "contour integrals"),
      Map.entry("otimes", "⊗ (vectors and matrices are not read)"),
      Map.entry("circ", "∘ (vectors and matrices are not read)"),
      Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("lim", "limits"),
      Map.entry("ldots", "elided terms …"), Map.entry("cdots", "elided terms …"),
      Map.entry("dots", "elided terms …"), Map.entry("top", "transposes (vectors and matrices "
          + "are not read)"));

  /** Functions of one argument in the math language (Cos(a, b) does not parse). */
  private static final java.util.Set<String> ONE_ARGUMENT = java.util.Set.of("Sin", "Cos", "Tan",
      "Sec", "Csc", "Cot", "Sinh", "Cosh", "Tanh", "ArcSin", "ArcCos", "ArcTan", "Exp", "Sqrt");

  private LatexCommands() {}

  /** The command at the cursor (on its backslash) as an item; null for one that is skipped. */
  static String[] command(LatexReader r) {
    LatexCursor c = r.cursor();
    c.advance();
    if (!c.atEnd() && !Character.isLetter(c.peek())) {
      String sym = String.valueOf(c.peek());
      c.advance();
      if (sym.equals("{")) { // \{1 - y_n\}: a bracket, not TeX's grouping (2\{x+1\} was 2x+1)
        String bracket = EscapedBraces.bracket(r);
        return bracket == null ? null : LatexReader.operand(bracket);
      }
      if (IGNORED.contains(sym) || sym.equals("}")) {
        return null;
      }
      if (sym.equals("%")) {
        return new String[] {"/100", "postfix"}; // 5\% = 0.05
      }
      if (sym.equals("|")) {
        return LatexReader.operand(LatexVectors.norm(r, "\\|"));
      }
      throw new UnsupportedLatexException(REFUSED.getOrDefault(sym, "\\" + sym));
    }
    String cmd = c.letters();
    if (cmd.isEmpty()) { // "cannot read: \" named nothing a reader could find
      throw new UnsupportedLatexException("a backslash with no command after it");
    }
    if (IGNORED.contains(cmd)) {
      return null;
    }
    if (cmd.equals("odot") || cmd.equals("oslash")) { // component by component: ElementWise
      r.vectors().hadamardInPlace();
      return new String[] {cmd.equals("odot") ? "*" : "/", "elementwise"};
    }
    if (OPERATORS.containsKey(cmd)) {
      return new String[] {OPERATORS.get(cmd), "op"};
    }
    if (LatexNames.FUNCTIONS.containsKey(cmd)) {
      return LatexReader.operand(applyFunction(r, LatexNames.FUNCTIONS.get(cmd)));
    }
    if (LatexNames.GREEK.contains(cmd)) {
      String[] applied = GreekFunctions.applied(r, cmd);
      if (applied != null) {
        return applied;
      }
      return r.named(LatexNames.safe(LatexScripts.name(r, LatexNames.greek(cmd))));
    }
    return switch (cmd) {
      case "frac", "dfrac", "tfrac" -> LatexOperators.fraction(r);
      case "sum", "prod" -> LatexReader.operand(LatexOperators.bigOperator(r, cmd));
      case "lim" -> LatexReader.operand(LatexLimits.limit(r));
      case "sqrt" -> LatexReader.operand(nthRoot(r));
      case "hat", "widehat", "bar", "overline", "tilde", "widetilde", "vec", "mathbf",
          "boldsymbol", "bm" -> {
        // \bar{\mathbf{x}}: the font is not part of the name (it was "mathbfxbar" in reports)
        String raw = c.rawArgument();
        String base = FONT.matcher(raw).replaceAll("").replaceAll("[^A-Za-z0-9]", "");
        if (base.isEmpty()) { // never a bare name "hat" multiplied with what follows
          throw new UnsupportedLatexException("\\" + cmd + " without a name under it");
        }
        String mark = cmd.replace("wide", "").replace("overline", "bar");
        if (base.equals("1") && !List.of("hat", "bar", "tilde", "vec").contains(mark)) {
          yield LatexReader.operand(LatexVectors.indicator(r)); // \mathbf{1}_{x > 0}
        }
        boolean vector = List.of("mathbf", "boldsymbol", "bm", "vec").contains(cmd)
            || BOLD.matcher(raw).find(); // \bar{\mathbf{x}} is a vector too
        String n = LatexScripts.name(r, base + (List.of("hat", "bar", "tilde").contains(mark)
            ? mark : ""), vector);
        if (vector) {
          r.vectors().vectorNameInPlace(n);
        }
        yield r.named(n);
      }
      case "hspace", "vspace", "hskip", "phantom" -> {
        c.rawGroupOrToken(); // spacing: \hspace{0.5in}
        yield null;
      }
      case "mathbb", "mathds" -> switch (c.rawArgument().strip()) {
        case "E" -> LatexReader.operand(LatexStatistics.apply(r, "E"));
        case "1", "I" -> LatexReader.operand(LatexVectors.indicator(r));
        default -> throw new UnsupportedLatexException("sets (\\mathbb)");
      };
      case "mathcal", "mathrm", "operatorname", "mathit", "rm", "it" -> {
        // {\rm sgn}(w): TeX's font switch, Nielsen's upright words, read as \mathrm{sgn}
        String word = cmd.length() == 2 ? switchedWord(c) : c.rawArgument().replaceAll(
            "[^A-Za-z0-9]", "");
        if (word.equals("e") && !cmd.equals("mathcal")) {
          yield LatexReader.operand("E"); // an upright e is Euler's number
        }
        if (word.equals("constant") || word.equals("const")) { // Nielsen's "+ {\rm constant}"
          yield LatexReader.operand(IntegrationConstants.NAME);
        }
        String applied = LatexWords.apply(r, word);
        if (applied != null) {
          yield LatexReader.operand(applied);
        }
        if (UprightFunctionNames.nameOf(word) != null
            && r.reading().functions().contains(UprightFunctionNames.nameOf(word))) {
          yield r.named(UprightFunctionNames.nameOf(word)); // \mathrm{NLL}(p) of the text
        }
        refuseOperator(c, word);
        yield r.named(LatexScripts.name(r, word));
      }
      case "text", "textrm", "mbox" -> {
        String word = c.rawArgument().strip();
        if (word.matches("(a )?const(ant)?")) { // + \text{constant}: of integration
          yield LatexReader.operand(IntegrationConstants.NAME);
        }
        if (c.peek() == '_' && word.matches("[A-Za-z]{2,}")) { // \text{BN}_{\gamma,\beta}(x)
          c.advance();
          String shown = word + "_" + LatexScripts.shownScript(c.rawGroupOrToken());
          throw new UnsupportedLatexException("a named transform with a subscript (" + shown
              + "(…)), which the text does not define");
        }
        String applied = LatexWords.apply(r, word);
        if (applied != null) {
          yield LatexReader.operand(applied);
        }
        if (UprightFunctionNames.nameOf(word) != null
            && r.reading().functions().contains(UprightFunctionNames.nameOf(word))) {
          yield r.named(UprightFunctionNames.nameOf(word)); // \text{FL}(p_t) of the text
        }
        refuseOperator(c, word);
        yield null;
      }
      case "nabla" -> LatexReader.operand(LatexVectors.nabla(r));
      case "partial" -> LatexReader.operand(SubscriptPartials.read(r)); // \partial_x f
      case "int" -> LatexReader.operand(LatexIntegrals.integral(r));
      case "lVert" -> LatexReader.operand(LatexVectors.norm(r, "\\rVert"));
      case "Vert" -> LatexReader.operand(LatexVectors.norm(r, "\\Vert"));
      case "underbrace" -> underbrace(r);
      // π_i, π_k: class probabilities (Gumbel-softmax, mixtures), a quantity; π alone is 3.14…
      case "pi" -> LatexReader.operand(c.peek() == '_'
          ? LatexNames.safe(LatexScripts.name(r, "piv")) : "Pi");
      case "infty" -> LatexReader.operand("Infinity");
      default -> throw new UnsupportedLatexException(REFUSED.getOrDefault(cmd, "\\" + cmd));
    };
  }

  /**
   * {@code {\rm sgn}(w)} as {@code \mathrm{sgn}(w)}: a font switch in braces around one word
   * is the word upright, so that the bracket after the braces is its argument.
   */
  static String fontGroups(String latex) {
    return latex.contains("\\rm") || latex.contains("\\it") ? FONT_GROUP.matcher(latex)
        .replaceAll("\\\\mathrm{$1}") : latex;
  }

  private static final java.util.regex.Pattern FONT_GROUP = java.util.regex.Pattern.compile(
      "\\{\\s*\\\\(?:rm|it)\\s+([A-Za-z]+)\\s*\\}");

  /** The word after a font switch {@code \rm} or {@code \it}; refused where none follows. */
  private static String switchedWord(LatexCursor c) {
    c.skipBlanks();
    String word = c.letters();
    if (word.isEmpty()) {
      throw new UnsupportedLatexException("a font switch (\\rm, \\it) without a word after it");
    }
    return word;
  }

  /**
   * A function with optional primes and power ({@code \tanh^2}) applied to a bracket or to the
   * next factor. σ with nothing to apply to is a quantity (a standard deviation), not σ(·), and
   * so is σ with a subscript ({@code \sigma_\mathcal{B}}, {@code \sigma_1}); {@code \sigma_B^2}
   * is read both as one name (the variance, as batch norm writes it) and as a power, and only
   * as the name once the text has defined it ({@code \sigma_B^2 = …}), only as the power once
   * it has stated a range or value of σ_B itself ({@code \sigma_1 > 0}).
   */
  static String applyFunction(LatexReader r, String fn) {
    LatexCursor c = r.cursor();
    if ((fn.equals("Max") || fn.equals("Min")) && c.peek() == '_') {
      return extremum(r, fn.equals("Max"));
    }
    if (fn.equals("sigma") && c.peek() == '_') { // σ_B, σ_1: a quantity with an index
      String name = LatexNames.safe(LatexScripts.name(r, "sigmav"));
      boolean squared = c.startsWith("^2") || c.startsWith("^{2}");
      if (squared) { // σ_B^2: the variance, one symbol in the texts, or σ_B squared
        boolean defined = r.reading().variables().contains(name + "sq"); // σ_B^2 = … before
        // the text says something of σ_1 itself (σ_1 > 0): σ_1^2 is its square
        boolean stated = !defined && r.reading().variables().contains(name);
        if (!defined && !stated) {
          r.ambiguity("σ_…^2 as one name (a variance) or as a power");
        }
        if (!stated && (defined || !r.reading().superscriptAsPower())) {
          c.advance(c.startsWith("^2") ? 2 : 4);
          r.shownName(name + "sq", r.shownNames().getOrDefault(name, LatexNames.readable(name))
              + "²");
          return name + "sq";
        }
      }
      return name;
    }
    int primes = 0;
    String power = null;
    String base = null; // \log_2 8: the logarithm to base 2
    while (true) {
      c.skipSpacing();
      if (c.peek() == '_' && fn.equals("Log") && base == null && primes == 0) {
        c.advance();
        base = r.argument();
      } else if (c.peek() == '\'') {
        primes++;
        c.advance();
      } else if (c.peek() == '^' && power == null) { // f'^2(x): (f′(x))²
        c.advance();
        power = r.argument();
      } else {
        break;
      }
    }
    c.skipSpacing();
    String arg = null;
    char next = c.peek();
    // σ(…) where the text also uses σ as a function: σ applied, even where σ is a scale too
    boolean sigmaAsQuantity = fn.equals("sigma") && r.reading().variables().contains("sigmav")
        && !(next == '(' && r.reading().functions().contains(SigmaAsFunction.MARK));
    boolean sigmaBeforeFactor = fn.equals("sigma") && primes == 0 && next != '\0'
        && (next == '(' ? sigmaAsQuantity : !sigmaAsQuantity && startsFactor(c));
    if (sigmaBeforeFactor) { // σ(x − μ), σ z: the sigmoid applied, or a quantity times it
      r.ambiguity("σ before a factor as the sigmoid applied or as a quantity (a standard "
          + "deviation) times it");
      if (r.reading().juxtapositionAsApplication()) {
        return "sigmav" + (power == null ? "" : "^(" + power + ")");
      }
      if (next == '(') {
        c.advance();
        arg = r.sequence(')');
      } else {
        arg = r.nextFactor(fn + " without an argument");
      }
    } else if (next == '(') {
      c.advance();
      arg = r.sequence(')');
    } else if (!sigmaAsQuantity && startsFactor(c)) {
      int start = c.position();
      arg = r.nextFactor(fn + " without an argument");
      int afterFactor = c.position();
      String rest = c.restOfTerm();
      c.reset(afterFactor);
      if (SIMPLE_FACTORS.matcher(rest).matches() && !rest.isBlank()) {
        // \log 2\pi\sigma^2: log(2πσ²) as TeX texts mean it, or log(2)·πσ²; both are tried
        // (read as the first factor only, the true KL of two Gaussians was ✗)
        r.ambiguity("\\" + fn.toLowerCase(java.util.Locale.ROOT) + " before a product of "
            + "plain factors as the function of the whole product or of its first factor");
        if (!r.reading().operatorOverSum()) {
          c.reset(start);
          arg = r.readNested(c.restOfTerm());
        }
      }
    }
    if (arg == null) {
      if (!fn.equals("sigma") || primes > 0) {
        throw new UnsupportedLatexException(fn + " without an argument");
      }
      return "sigmav" + (power == null ? "" : "^(" + power + ")");
    }
    if (InverseFunctions.isInverse(power)) {
      if (primes > 0) {
        throw new UnsupportedLatexException("the derivative of an inverse function");
      }
      return InverseFunctions.applied(fn, arg);
    }
    List<String> args = TopLevel.split(arg, ',');
    if (args.size() > 1 && ONE_ARGUMENT.contains(fn)) {
      // \cos(\mathbf{a}, \mathbf{b}): the cosine similarity, a function of the text's own
      throw new UnsupportedLatexException("\\" + fn.toLowerCase(java.util.Locale.ROOT)
          + " of two arguments (a function of the text's own, such as a similarity)");
    }
    String only = (fn.equals("Max") || fn.equals("Min")) && args.size() == 1
        ? OneVariable.of(arg) : null;
    if (only != null) { // \max(σ'(z)): over its one variable, as \max_z σ'(z)
      return fn.equals("Max") ? "maxvalue(" + arg + ", " + only + ")"
          : "(-maxvalue(-(" + arg + "), " + only + "))";
    }
    if ((fn.equals("Max") || fn.equals("Min")) && args.size() == 1) {
      throw new UnsupportedLatexException("\\" + fn.toLowerCase(java.util.Locale.ROOT)
          + " over a set (one argument)");
    }
    if (fn.equals("Max") && args.size() == 2 && (args.contains("0") || args.contains("0.0"))) {
      fn = "relu"; // max(0, x) is the ReLU, whose derivative the engine knows
      arg = args.get(0).strip().matches("0(\\.0)?") ? args.get(1) : args.get(0);
    }
    if (Reciprocals.of(fn, arg) != null && primes > 0) {
      throw new UnsupportedLatexException(Reciprocals.primed(fn));
    }
    String applied = base != null ? "(Log(" + arg + ")/Log(" + base + "))"
        : Reciprocals.of(fn, arg) != null ? Reciprocals.of(fn, arg) // sech = 1/cosh, coth
        : fn + "'".repeat(primes) + "(" + arg + ")";
    return power == null ? applied : "(" + applied + ")^(" + power + ")";
  }

  /** {@code \\sqrt{x}}, or {@code \\sqrt[3]{8}}: the root of the given index. */
  private static String nthRoot(LatexReader r) {
    LatexCursor c = r.cursor();
    c.skipSpacing();
    if (c.peek() != '[') {
      return "Sqrt(" + r.argument() + ")";
    }
    c.advance();
    String index = r.sequence(']');
    return "(" + r.argument() + ")^(1/(" + index + "))";
  }

  /** Whether a factor (an argument without brackets) starts at the cursor. */
  /**
   * {@code \max_z f(z)}: the largest value of the next factor over the real line, by the
   * engine's maximizer (whose answer is checked on a grid); {@code \min_z} likewise. A
   * subscript that is not one plain variable ({@code \max_{z \in S}}) is not read.
   */
  private static String extremum(LatexReader r, boolean max) {
    LatexCursor c = r.cursor();
    c.advance(); // _
    String var = r.argument().strip();
    if (!var.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new UnsupportedLatexException("\\" + (max ? "max" : "min") + " over " + var);
    }
    int start = c.position();
    String body = r.nextFactor("\\" + (max ? "max" : "min") + "_" + var
        + " without an expression");
    int afterFactor = c.position();
    String rest = c.restOfTerm();
    if (java.util.regex.Pattern.compile("(?<![A-Za-z\\\\])" + var + "(?![A-Za-z])").matcher(rest)
        .find()) { // \max_x e^{-x^2} x: x is bound, so the whole product is maximised (the
      // trailing x had taken a named point's value, and a wrong maximum was ✓)
      c.reset(start);
      body = r.readNested(c.restOfTerm());
    } else {
      c.reset(afterFactor);
    }
    return max ? "maxvalue(" + body + ", " + var + ")"
        : "(-maxvalue(-(" + body + "), " + var + "))";
  }

  /**
   * Plain factors after a function's first unbracketed one: numbers, letters, Greek letters
   * (a σ with a subscript or power is a quantity), each with sub- and superscripts; no
   * function, fraction or bracket, so \sin x \cos x stays sin(x)·cos(x).
   */
  private static final java.util.regex.Pattern SIMPLE_FACTORS = java.util.regex.Pattern.compile(
      "(?:\\s*(?:\\d+(?:\\.\\d+)?|[A-Za-z]|\\\\(?:pi|alpha|beta|gamma|delta|epsilon|varepsilon"
      + "|eta|theta|lambda|mu|nu|rho|tau|phi|omega|sigma(?=\\s*[_^]))(?![A-Za-z]))"
      + "(?:\\s*_\\s*(?:\\{[^{}]*\\}|\\w))?(?:\\s*\\^\\s*(?:\\{[^{}]*\\}|\\w))?)+\\s*");

  private static boolean startsFactor(LatexCursor c) {
    char next = c.peek();
    return next != '\0' && next != '}' && next != ')' && next != ']'
        && "+-*/,=<>|&^_".indexOf(next) < 0 && !c.startsWith("\\cdot")
        && !c.startsWith("\\times") && !c.startsWith("\\right") && !c.startsWith("\\quad")
        && !c.startsWith("\\qquad");
  }

  /** A word applied to an argument, such as Var(y) or E[x], is an operator we do not model. */
  private static void refuseOperator(LatexCursor c, String word) {
    int save = c.position();
    c.skipBlanks();
    char next = c.peek();
    c.reset(save);
    if ((next == '(' || next == '[') && word.matches("[A-Za-z]+") && word.length() > 1) {
      throw new UnsupportedLatexException("the operator " + word + "(…)");
    }
  }

  private static String[] underbrace(LatexReader r) {
    LatexCursor c = r.cursor();
    String body = r.readNested(c.rawGroup());
    if (c.peek() == '_') {
      c.advance();
      String note = c.rawGroupOrToken().strip();
      if (note.startsWith("=")) {
        r.sideClaim(body, r.readNested(note.substring(1)));
      }
    }
    return LatexReader.operand("(" + body + ")");
  }
}
