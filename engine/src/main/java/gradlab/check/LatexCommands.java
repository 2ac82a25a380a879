package gradlab.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backslash commands: operators, spacing that is skipped, functions ({@code \tanh^2 x},
 * {@code \log \sigma(x)}: {@link LatexFunctionApplication}), Greek letters, decorations,
 * {@code \sqrt}, underbraces, and the constructs refused by name. Fractions, Σ and Π are in
 * {@link LatexOperators}.
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
    if (cmd.equals("lfloor") || cmd.equals("lceil")) {
      return LatexReader.operand(FloorBrackets.read(r, cmd));
    }
    if (LatexNames.FUNCTIONS.containsKey(cmd)) {
      return LatexReader.operand(LatexFunctionApplication.apply(r, LatexNames.FUNCTIONS.get(cmd)));
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
        String raw = c.rawArgument();
        String word = raw.strip();
        if (word.matches("(a )?const(ant)?")) { // + \text{constant}: of integration
          yield LatexReader.operand(IntegrationConstants.NAME);
        }
        String quantity = TextQuantities.name(r, raw); // \text{lr} \cdot g: a quantity
        if (quantity != null) {
          yield r.named(quantity);
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
        int save = c.position();
        c.skipBlanks();
        boolean starred = c.peek() == '*';
        c.reset(save);
        if (starred) { // PyTorch's \text{lr} * v_{t+1}: a quantity in words, never a dangling *
          throw new UnsupportedLatexException("a word where a quantity stands (\\text{" + word
              + "} *)");
        }
        yield null;
      }
      case "nabla" -> LatexReader.operand(LatexVectors.nabla(r));
      case "partial" -> LatexReader.operand(SubscriptPartials.read(r)); // \partial_x f
      case "int" -> LatexReader.operand(LatexIntegrals.integral(r));
      case "lVert" -> LatexReader.operand(LatexVectors.norm(r, "\\rVert"));
      case "Vert" -> LatexReader.operand(LatexVectors.norm(r, "\\Vert"));
      case "underbrace" -> underbrace(r);
      // π_i, π_k: class probabilities (Gumbel-softmax, mixtures), a quantity; π alone is 3.14…
      // π_1(1), a policy at step 1 at action 1, is read as any scripted name before a bracket
      // (held21b: it was the product π₁·1 only, and a true π_1(1) = π_1(2) was refuted)
      // π given a number that is not 3.14… (a mixing weight π = 0.3) is the text's quantity
      case "pi" -> c.peek() == '_' ? r.named(LatexNames.safe(LatexScripts.name(r, "piv")))
          : r.reading().variables().contains(TextPi.NAME) ? TextPi.read(r)
          : !TextPolicies.defined(r.reading()).isEmpty() ? TextPolicies.read(r) // π(a|s, θ) = …
          : LatexReader.operand("Pi");
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
