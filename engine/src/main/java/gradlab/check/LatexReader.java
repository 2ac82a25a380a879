package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates one LaTeX formula (no relations) to engine syntax. Implicit products become
 * explicit; {@code \frac{\partial A}{\partial B}} becomes {@code pd(A, B)} and the operator form
 * {@code \frac{d}{dx}(…)} becomes {@code dd(…, x)}; {@code x_1}, {@code h_{1in}}, {@code w_7^*},
 * {@code \hat{y}} and layer indices {@code w^l_{jk}} become names {@code x1}, {@code h1in},
 * {@code w7star}, {@code yhat}, {@code wljk}. Functions apply to a bracket or to the next
 * factor ({@code \log \sigma(x)}, {@code \tanh^2 x}). Σ and Π with concrete bounds are
 * expanded. An underbrace with a note {@code _{= B}} reads as A and records A = B in
 * {@link #sideClaims()}. Notation with two readings is read as {@link LatexReading} says and
 * named in {@link #ambiguities()}. Anything else raises {@link UnsupportedLatexException}
 * naming the construct: nothing is read silently as something else.
 */
public final class LatexReader {
  private static final Map<String, String> OPERATORS = Map.of("cdot", "*", "times", "*");
  private static final Set<String> IGNORED = Set.of("left", "right", "big", "Big", "bigg",
      "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "quad", "qquad", ",", ";", "!",
      " ", "limits", ":");
  /** Letters that name functions often enough that f(x) may be an application. */
  private static final Set<String> FUNCTION_LETTERS = Set.of("f", "g", "h", "p", "q", "s", "F",
      "G", "J", "L", "P", "ell", "phi", "psi");
  private static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("sum", "Σ with symbolic bounds"), Map.entry("prod", "Π with symbolic bounds"),
      Map.entry("int", "integrals"), Map.entry("nabla", "∇ (gradients of vectors)"),
      Map.entry("odot", "⊙ (vectors and matrices are not read)"),
      Map.entry("otimes", "⊗ (vectors and matrices are not read)"),
      Map.entry("circ", "∘ (vectors and matrices are not read)"),
      Map.entry("|", "norms ‖x‖"), Map.entry("lVert", "norms ‖x‖"),
      Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("lim", "limits"),
      Map.entry("ldots", "elided terms …"), Map.entry("cdots", "elided terms …"),
      Map.entry("dots", "elided terms …"), Map.entry("top", "transposes (vectors and matrices "
          + "are not read)"));

  private final String s;
  private final LatexReading reading;
  private final List<String[]> sideClaims = new ArrayList<>();
  private final Set<String> ambiguities = new LinkedHashSet<>();
  private int i;
  private String translated;

  private LatexReader(String s, LatexReading reading) {
    this.s = s;
    this.reading = reading;
  }

  /** The engine-syntax form of {@code latex}, read the default way. */
  public static LatexReader read(String latex) {
    return read(latex, LatexReading.defaults());
  }

  /** @param userFunctions one-letter names that are functions here (a(t) = …) */
  public static LatexReader read(String latex, Set<String> userFunctions) {
    return read(latex, LatexReading.of(userFunctions, Set.of()));
  }

  public static LatexReader read(String latex, LatexReading reading) {
    LatexReader r = new LatexReader(latex, reading);
    r.translated = r.sequence('\0');
    return r;
  }

  public String engineSyntax() {
    return translated;
  }

  /** Claims written as an underbrace with a note {@code _{= B}}: pairs {A, B} in engine syntax. */
  public List<String[]> sideClaims() {
    return List.copyOf(sideClaims);
  }

  /** The constructs met that have another reading, each described for people. */
  public Set<String> ambiguities() {
    return Set.copyOf(ambiguities);
  }

  private LatexReader sub(String latex) {
    LatexReader r = read(latex, reading);
    ambiguities.addAll(r.ambiguities);
    sideClaims.addAll(r.sideClaims);
    return r;
  }

  /** Items up to {@code stop} (or the end), joined with explicit products. */
  private String sequence(char stop) {
    StringBuilder out = new StringBuilder();
    boolean lastOperand = false;
    while (i < s.length() && s.charAt(i) != stop) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '&') {
        i++;
        continue;
      }
      String[] item = item();
      if (item == null) {
        continue;
      }
      switch (item[1]) {
        case "postfix" -> {
          if (!lastOperand) {
            throw new UnsupportedLatexException("'" + item[0] + "' without a base");
          }
          out.append(item[0]);
        }
        case "operand" -> {
          out.append(lastOperand ? "*" : "").append(item[0]);
          lastOperand = true;
        }
        default -> {
          out.append(item[0]);
          lastOperand = false;
        }
      }
    }
    if (stop != '\0') {
      if (i >= s.length()) {
        throw new UnsupportedLatexException("missing '" + (stop == '}' ? "}" : stop) + "'");
      }
      i++;
    }
    return out.toString();
  }

  /** One item: {text, "operand" | "op" | "postfix"}; null for something skipped. */
  private String[] item() {
    char c = s.charAt(i);
    if (Character.isDigit(c) || (c == '.' && i + 1 < s.length()
        && Character.isDigit(s.charAt(i + 1)))) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      return operand(s.substring(start, i));
    }
    if (Character.isLetter(c)) {
      i++;
      if (c == 'e' && i < s.length() && s.charAt(i) == '^') {
        return operand("E");
      }
      return named(name(String.valueOf(c)));
    }
    switch (c) {
      case '{':
        i++;
        return operand("(" + sequence('}') + ")");
      case '(':
        i++;
        return operand("(" + sequence(')') + ")");
      case '[': {
        i++;
        String inner = sequence(']');
        if (TopLevel.split(inner, ',').size() > 1) {
          throw new UnsupportedLatexException("vectors [a, b]");
        }
        return operand("(" + inner + ")");
      }
      case '|':
        i++;
        return operand("Abs(" + sequence('|') + ")");
      case '^':
        i++;
        if (i < s.length() && s.charAt(i) == '*') {
          i++;
          return new String[] {"star", "postfix"};
        }
        return new String[] {"^(" + argument() + ")", "postfix"};
      case '\'':
        throw new UnsupportedLatexException("a prime after a bracket");
      case '+', '-', '*', '/', ',':
        i++;
        return new String[] {String.valueOf(c), "op"};
      case '\\':
        return command();
      default:
        throw new UnsupportedLatexException("unexpected '" + c + "'");
    }
  }

  /** A name just read: a variable, or a function applied, or refused. */
  private String[] named(String n) {
    char next = peek();
    if (reading.functions().contains(n) && (next == '(' || next == '\'')) {
      return operand(applyFunction(n));
    }
    if (next == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
      throw new UnsupportedLatexException(n + "′(…) of a function the text does not define");
    }
    if (next == '\'') {
      i++;
      return operand(LatexNames.safe(n + "prime"));
    }
    if (next == '[' && (n.equals("E") || n.equals("P"))) {
      throw new UnsupportedLatexException("expectations E[…]");
    }
    String base = n.replaceAll("\\d.*|(?<=.)[A-Z].*", "");
    if (next == '(' && !reading.variables().contains(LatexNames.safe(n))
        && (FUNCTION_LETTERS.contains(base) || FUNCTION_LETTERS.contains(n))) {
      ambiguities.add(n + "(…) as a product or as " + n + " applied");
      if (reading.juxtapositionAsApplication()) {
        return operand(applyFunction(LatexNames.safe(n)));
      }
    }
    return operand(LatexNames.safe(n));
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private String[] operand(String text) {
    return new String[] {text, "operand"};
  }

  /** A name with its subscripts, layer superscripts and decorations: x_1 → x1, a^{L} → aL. */
  private String name(String base) {
    StringBuilder b = new StringBuilder(base);
    if (i + 1 < s.length() && s.charAt(i) == '\'' && s.charAt(i + 1) == '_') {
      b.append("prime"); // h'_1: the updated h₁, a name of its own
      i++;
    }
    while (i < s.length()) {
      if (s.charAt(i) == '_') {
        i++;
        b.append(rawArgument().replace("-", "m").replace("+", "p").replaceAll("[^A-Za-z0-9]",
            ""));
      } else if (s.startsWith("^+", i) || s.startsWith("^{+}", i)) {
        i += s.startsWith("^+", i) ? 2 : 4;
        b.append("plus"); // w^+: the updated w, a name of its own
      } else if (s.charAt(i) == '^' && i + 1 < s.length() && s.charAt(i + 1) != '*') {
        int save = i++;
        String sup = rawArgument();
        if (sup.strip().equals("T") || sup.contains("top") || sup.contains("intercal")) {
          throw new UnsupportedLatexException("transposes (vectors and matrices are not read)");
        }
        String index = LatexNames.layerIndex(sup);
        if (index == null || (!LatexNames.bracketed(sup) && reading.superscriptAsPower())) {
          if (index != null) {
            ambiguities.add(base + "^" + sup + " as a layer index or a power");
          }
          i = save;
          break;
        }
        if (!LatexNames.bracketed(sup)) {
          ambiguities.add(base + "^" + sup + " as a layer index or a power");
        }
        b.append(index);
      } else {
        break;
      }
    }
    return b.toString();
  }

  /** The next argument: a braced group or one token, translated. */
  private String argument() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '{') {
      i++;
      return sequence('}');
    }
    String[] item = item();
    return item == null ? "" : item[0];
  }

  /** The next argument as raw text (for subscripts and names). */
  String rawArgument() {
    if (i < s.length() && s.charAt(i) == '{') {
      return rawGroup().replace("\\", "");
    }
    if (i < s.length() && s.charAt(i) == '\\') {
      int start = ++i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      return s.substring(start, i);
    }
    return i < s.length() ? String.valueOf(s.charAt(i++)) : "";
  }

  private String[] command() {
    int start = ++i;
    if (i < s.length() && !Character.isLetter(s.charAt(i))) {
      i++;
      String sym = s.substring(start, i);
      if (IGNORED.contains(sym) || sym.equals("{") || sym.equals("}")) {
        return null;
      }
      throw new UnsupportedLatexException(REFUSED.getOrDefault(sym, "\\" + sym));
    }
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    String cmd = s.substring(start, i);
    if (IGNORED.contains(cmd)) {
      return null;
    }
    if (OPERATORS.containsKey(cmd)) {
      return new String[] {OPERATORS.get(cmd), "op"};
    }
    if (LatexNames.FUNCTIONS.containsKey(cmd)) {
      return operand(applyFunction(LatexNames.FUNCTIONS.get(cmd)));
    }
    if (LatexNames.GREEK.contains(cmd)) {
      return operand(LatexNames.safe(name(LatexNames.greek(cmd))));
    }
    return switch (cmd) {
      case "frac", "dfrac", "tfrac" -> LatexOperators.fraction(this, reading);
      case "sum", "prod" -> operand(LatexOperators.bigOperator(this, cmd));
      case "sqrt" -> operand("Sqrt(" + argument() + ")");
      case "hat", "bar", "tilde", "vec", "mathbf", "boldsymbol", "bm" -> {
        String base = rawArgument().replaceAll("[^A-Za-z0-9]", "");
        String n = name(base + (cmd.equals("hat") ? "hat" : cmd.equals("bar") ? "bar"
            : cmd.equals("tilde") ? "tilde" : ""));
        yield named(n);
      }
      case "mathbb" -> throw new UnsupportedLatexException(switch (rawArgument().strip()) {
        case "E" -> "expectations E[…]";
        case "1", "I" -> "the indicator 𝟙";
        default -> "sets (\\mathbb)";
      });
      case "mathcal", "mathrm", "operatorname", "mathit" -> {
        String word = rawArgument().replaceAll("[^A-Za-z0-9]", "");
        refuseOperator(word);
        yield named(name(word));
      }
      case "text", "textrm", "mbox" -> {
        String word = rawArgument().strip();
        refuseOperator(word);
        yield null;
      }
      case "underbrace" -> underbrace();
      case "pi" -> operand("Pi");
      case "infty" -> operand("Infinity");
      default -> throw new UnsupportedLatexException(REFUSED.getOrDefault(cmd, "\\" + cmd));
    };
  }

  /**
   * A function with optional primes and power ({@code \tanh^2}) applied to a bracket or to the
   * next factor. σ with nothing to apply to is a quantity (a standard deviation), not σ(·).
   */
  private String applyFunction(String fn) {
    int primes = 0;
    String power = null;
    while (true) {
      skipSpacing();
      if (peek() == '\'') {
        primes++;
        i++;
      } else if (peek() == '^' && power == null && primes == 0) {
        i++;
        power = argument();
      } else {
        break;
      }
    }
    skipSpacing();
    String arg = null;
    char next = peek();
    boolean sigmaAsQuantity = fn.equals("sigma") && reading.variables().contains("sigmav");
    if (next == '(') {
      i++;
      arg = sequence(')');
    } else if (!sigmaAsQuantity && next != '\0' && next != '}' && next != ')' && next != ']'
        && "+-*/,=<>|&^_".indexOf(next) < 0 && !s.startsWith("\\cdot", i)
        && !s.startsWith("\\times", i) && !s.startsWith("\\right", i)
        && !s.startsWith("\\quad", i) && !s.startsWith("\\qquad", i)) {
      String[] item = item();
      while (item == null && i < s.length()) {
        item = item();
      }
      if (item == null || !item[1].equals("operand")) {
        throw new UnsupportedLatexException(fn + " without an argument");
      }
      StringBuilder b = new StringBuilder(item[0]);
      while (peek() == '^') {
        b.append(item()[0]);
      }
      arg = b.toString();
    }
    if (arg == null) {
      if (!fn.equals("sigma") || primes > 0) {
        throw new UnsupportedLatexException(fn + " without an argument");
      }
      return "sigmav" + (power == null ? "" : "^(" + power + ")");
    }
    if (power != null && power.replace(" ", "").equals("-1")) {
      throw new UnsupportedLatexException("inverse functions (^{-1})");
    }
    java.util.List<String> args = TopLevel.split(arg, ',');
    if (fn.equals("Max") && args.size() == 2 && (args.contains("0") || args.contains("0.0"))) {
      fn = "relu"; // max(0, x) is the ReLU, whose derivative the engine knows
      arg = args.get(0).strip().matches("0(\\.0)?") ? args.get(1) : args.get(0);
    }
    String applied = fn + "'".repeat(primes) + "(" + arg + ")";
    return power == null ? applied : "(" + applied + ")^(" + power + ")";
  }

  private void skipSpacing() {
    while (i < s.length()) {
      if (s.charAt(i) == ' ') {
        i++;
        continue;
      }
      boolean skipped = false;
      for (String w : List.of("\\left", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr", "\\big",
          "\\Big", "\\,", "\\!", "\\;")) {
        if (s.startsWith(w, i) && (w.length() == 2 || i + w.length() >= s.length()
            || !Character.isLetter(s.charAt(i + w.length())))) {
          i += w.length();
          skipped = true;
          break;
        }
      }
      if (!skipped) {
        return;
      }
    }
  }

  /** A word applied to an argument, such as Var(y) or E[x], is an operator we do not model. */
  private void refuseOperator(String word) {
    int k = i;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    if (k < s.length() && (s.charAt(k) == '(' || s.charAt(k) == '[')
        && word.matches("[A-Za-z]+") && word.length() > 1) {
      throw new UnsupportedLatexException("the operator " + word + "(…)");
    }
  }

  private String[] underbrace() {
    String body = sub(rawGroup()).engineSyntax();
    if (i < s.length() && s.charAt(i) == '_') {
      i++;
      String note = rawGroupOrToken().strip();
      if (note.startsWith("=")) {
        LatexReader claim = sub(note.substring(1));
        sideClaims.add(new String[] {body, claim.engineSyntax()});
      }
    }
    return operand("(" + body + ")");
  }

  // ---- used by LatexOperators ----

  String readNested(String latex) {
    return sub(latex).engineSyntax();
  }

  /** The next factor with its powers, for d/dx: a bracket, a function applied or a name. */
  String nextFactor() {
    skipSpacing();
    String[] item = null;
    while (item == null && i < s.length()) {
      item = item();
    }
    if (item == null || !item[1].equals("operand")) {
      throw new UnsupportedLatexException("d/dx without an expression after it");
    }
    StringBuilder b = new StringBuilder(item[0]);
    while (peek() == '^') {
      b.append(item()[0]);
    }
    return b.toString();
  }

  /** The rest of the current term: up to a top-level + or −, a closing bracket or the end. */
  String restOfTerm() {
    int depth = 0;
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (c == '+' || c == '-')) {
        break;
      } else if (depth == 0 && s.startsWith("\\right", i)) {
        break;
      }
      i++;
    }
    return s.substring(start, i);
  }

  char peekChar() {
    return peek();
  }

  void advance() {
    i++;
  }

  String rawGroup() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '{') {
      throw new UnsupportedLatexException("expected '{' at column " + i);
    }
    int depth = 0;
    int start = i;
    do {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}') {
        depth--;
      }
      i++;
    } while (i < s.length() && depth > 0);
    if (depth != 0) {
      throw new UnsupportedLatexException("unbalanced braces");
    }
    return s.substring(start + 1, i - 1);
  }

  String rawGroupOrToken() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i < s.length() && s.charAt(i) == '{' ? rawGroup() : String.valueOf(s.charAt(i++));
  }
}
