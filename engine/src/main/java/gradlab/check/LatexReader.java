package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates one LaTeX formula (no relations) to engine syntax. Implicit products become
 * explicit; {@code \frac{\partial A}{\partial B}} becomes {@code pd(A, B)}; {@code x_1},
 * {@code h_{1in}}, {@code w_7^*} and {@code \hat{y}} become names {@code x1}, {@code h1in},
 * {@code w7star}, {@code yhat}. an underbrace with a note {@code _{= B}} reads as A and records the claim
 * A = B in {@link #sideClaims()}. Anything else it does not know raises
 * {@link UnsupportedLatexException} with the construct's name.
 */
public final class LatexReader {
  private static final Map<String, String> FUNCTIONS = Map.of("sigma", "sigma", "ln", "Log",
      "log", "Log", "exp", "Exp", "tanh", "Tanh", "sin", "Sin", "cos", "Cos", "max", "Max",
      "min", "Min");
  private static final Map<String, String> OPERATORS = Map.of("cdot", "*", "times", "*",
      "pm", "+", "colon", ":");
  private static final List<String> IGNORED = List.of("left", "right", "big", "Big", "bigg",
      "Bigg", "displaystyle", "quad", "qquad", ",", ";", "!", " ", "limits");

  private final String s;
  private final java.util.Set<String> userFunctions;
  private int i;
  private final List<String[]> sideClaims = new ArrayList<>();

  private LatexReader(String s, java.util.Set<String> userFunctions) {
    this.s = s;
    this.userFunctions = userFunctions;
  }

  /** The engine-syntax form of {@code latex}. */
  public static LatexReader read(String latex) {
    return read(latex, java.util.Set.of());
  }

  /**
   * @param userFunctions one-letter names that are functions here (a(t) = …), so that a(x)
   *     is an application and not a·x
   */
  public static LatexReader read(String latex, java.util.Set<String> userFunctions) {
    LatexReader r = new LatexReader(latex, userFunctions);
    r.translated = r.sequence('\0');
    return r;
  }

  private String translated;

  public String engineSyntax() {
    return translated;
  }

  /** Claims written as an underbrace with a note {@code _{= B}}: pairs {A, B} in engine syntax. */
  public List<String[]> sideClaims() {
    return List.copyOf(sideClaims);
  }

  /** Items up to {@code stop} (or the end), joined with explicit products. */
  private String sequence(char stop) {
    boolean pendingFunction = false;
    List<String> items = new ArrayList<>();
    List<Boolean> operand = new ArrayList<>();
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
      boolean isOperand = item[1].equals("operand");
      if (item[1].equals("postfix") && !items.isEmpty()) {
        String prev = items.get(items.size() - 1);
        // a prime on a plain name is a new name (ŷ' is "y-hat prime"); on a function, f′
        boolean plainName = prev.matches("[A-Za-z][A-Za-z0-9]*") && !pendingFunction
            && operand.get(operand.size() - 1);
        items.set(items.size() - 1, prev + (item[0].equals("'") && plainName ? "prime"
            : item[0]));
        continue;
      }
      if (isOperand && !items.isEmpty() && pendingFunction) {
        String arg = item[0].startsWith("(") ? item[0] : "(" + item[0] + ")";
        items.set(items.size() - 1, items.get(items.size() - 1) + arg);
        pendingFunction = false;
        operand.set(operand.size() - 1, true);
        continue;
      }
      if ((isOperand || item[1].equals("function")) && !operand.isEmpty()
          && operand.get(operand.size() - 1)) {
        items.add("*");
        operand.add(false);
      }
      items.add(item[0]);
      operand.add(isOperand);
      pendingFunction = item[1].equals("function");
    }
    if (stop != '\0') {
      if (i >= s.length()) {
        throw new UnsupportedLatexException("missing '" + stop + "'");
      }
      i++;
    }
    return String.join("", items);
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
      String n = name(String.valueOf(c));
      return userFunctions.contains(n) && i < s.length() && s.charAt(i) == '('
          ? new String[] {n, "function"} : operand(n);
    }
    switch (c) {
      case '{':
        i++;
        return operand("(" + sequence('}') + ")");
      case '(':
      case '[':
        i++;
        return operand("(" + sequence(c == '(' ? ')' : ']') + ")");
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
        i++;
        return new String[] {"'", "postfix"};
      case '+':
      case '-':
      case '*':
      case '/':
      case ',':
        i++;
        return new String[] {String.valueOf(c), "op"};
      case '\\':
        return command();
      default:
        throw new UnsupportedLatexException("unexpected '" + c + "'");
    }
  }

  private String[] operand(String text) {
    return new String[] {text, "operand"};
  }

  /** A name with its subscripts and decorations: x_1 → x1, h_{1in} → h1in. */
  private String name(String base) {
    StringBuilder b = new StringBuilder(base);
    if (i + 1 < s.length() && s.charAt(i) == '\'' && s.charAt(i + 1) == '_') {
      b.append("prime"); // h'_1: the updated h₁, a name of its own
      i++;
    }
    while (i < s.length() && s.charAt(i) == '_') {
      i++;
      String sub = rawArgument().replaceAll("[^A-Za-z0-9]", "");
      b.append(sub);
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
  private String rawArgument() {
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
      throw new UnsupportedLatexException("\\" + sym + " is not supported");
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
    if (FUNCTIONS.containsKey(cmd)) {
      return new String[] {FUNCTIONS.get(cmd), "function"};
    }
    return switch (cmd) {
      case "frac", "dfrac", "tfrac" -> fraction();
      case "sqrt" -> operand("Sqrt(" + argument() + ")");
      case "hat", "bar", "tilde", "vec", "mathbf", "boldsymbol" -> {
        String base = rawArgument().replaceAll("[^A-Za-z0-9]", "");
        yield operand(name(base + (cmd.equals("hat") ? "hat" : cmd.equals("bar") ? "bar"
            : cmd.equals("tilde") ? "tilde" : "")));
      }
      case "mathcal", "mathrm", "operatorname", "mathit" -> {
        String word = rawArgument().replaceAll("[^A-Za-z0-9]", "");
        refuseOperator(word);
        yield operand(name(word));
      }
      case "text", "textrm", "mbox" -> {
        String word = rawArgument().strip();
        refuseOperator(word);
        yield null;
      }
      case "underbrace" -> underbrace();
      case "pi" -> operand("Pi");
      case "infty" -> operand("Infinity");
      case "alpha", "beta", "gamma", "delta", "epsilon", "eta", "theta", "lambda", "mu", "nu",
          "xi", "rho", "tau", "phi", "omega", "psi" -> operand(name(cmd));
      default -> throw new UnsupportedLatexException("\\" + cmd + " is not supported");
    };
  }

  /** A word applied to an argument, such as Var(y) or E[x], is an operator we do not model. */
  private void refuseOperator(String word) {
    int k = i;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    if (k < s.length() && (s.charAt(k) == '(' || s.charAt(k) == '[')
        && word.matches("[A-Za-z]+")) {
      throw new UnsupportedLatexException("the operator " + word + "(…) is not supported");
    }
  }

  private String[] fraction() {
    String num = rawGroup();
    String den = rawGroup();
    String[] partial = partial(num, den);
    if (partial != null) {
      return partial;
    }
    return operand("((" + LatexReader.read(num, userFunctions).engineSyntax() + ")/("
        + LatexReader.read(den, userFunctions).engineSyntax() + "))");
  }

  /** ∂A/∂B and dA/dB, with A and B names: pd(A, B). */
  private static String[] partial(String num, String den) {
    String n = num.strip();
    String d = den.strip();
    String prefix = n.startsWith("\\partial") ? "\\partial" : n.startsWith("d") && d.startsWith(
        "d") ? "d" : null;
    if (prefix == null || !d.startsWith(prefix)) {
      return null;
    }
    String top = LatexReader.read(n.substring(prefix.length())).engineSyntax();
    String var = LatexReader.read(d.substring(prefix.length())).engineSyntax();
    if (!top.matches("[A-Za-z][A-Za-z0-9]*") || !var.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new UnsupportedLatexException("derivative of a non-name: ∂(" + top + ")/∂(" + var
          + ")");
    }
    return new String[] {"pd(" + top + ", " + var + ")", "operand"};
  }

  private String[] underbrace() {
    String body = LatexReader.read(rawGroup(), userFunctions).engineSyntax();
    if (i < s.length() && s.charAt(i) == '_') {
      i++;
      String note = rawGroupOrToken().strip();
      if (note.startsWith("=")) {
        LatexReader claim = LatexReader.read(note.substring(1), userFunctions);
        sideClaims.add(new String[] {body, claim.engineSyntax()});
      }
    }
    return operand("(" + body + ")");
  }

  private String rawGroup() {
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

  private String rawGroupOrToken() {
    return i < s.length() && s.charAt(i) == '{' ? rawGroup() : String.valueOf(s.charAt(i++));
  }
}
