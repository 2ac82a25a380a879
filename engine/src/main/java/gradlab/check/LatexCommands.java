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
  private static final Map<String, String> OPERATORS = Map.of("cdot", "*", "times", "*");
  private static final Set<String> IGNORED = Set.of("left", "right", "big", "Big", "bigg",
      "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "quad", "qquad", ",", ";", "!",
      " ", "limits", ":");
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

  private LatexCommands() {}

  /** The command at the cursor (on its backslash) as an item; null for one that is skipped. */
  static String[] command(LatexReader r) {
    LatexCursor c = r.cursor();
    c.advance();
    if (!c.atEnd() && !Character.isLetter(c.peek())) {
      String sym = String.valueOf(c.peek());
      c.advance();
      if (IGNORED.contains(sym) || sym.equals("{") || sym.equals("}")) {
        return null;
      }
      throw new UnsupportedLatexException(REFUSED.getOrDefault(sym, "\\" + sym));
    }
    String cmd = c.letters();
    if (IGNORED.contains(cmd)) {
      return null;
    }
    if (OPERATORS.containsKey(cmd)) {
      return new String[] {OPERATORS.get(cmd), "op"};
    }
    if (LatexNames.FUNCTIONS.containsKey(cmd)) {
      return LatexReader.operand(applyFunction(r, LatexNames.FUNCTIONS.get(cmd)));
    }
    if (LatexNames.GREEK.contains(cmd)) {
      return LatexReader.operand(LatexNames.safe(LatexScripts.name(r, LatexNames.greek(cmd))));
    }
    return switch (cmd) {
      case "frac", "dfrac", "tfrac" -> LatexOperators.fraction(r);
      case "sum", "prod" -> LatexReader.operand(LatexOperators.bigOperator(r, cmd));
      case "sqrt" -> LatexReader.operand("Sqrt(" + r.argument() + ")");
      case "hat", "bar", "tilde", "vec", "mathbf", "boldsymbol", "bm" -> {
        String base = c.rawArgument().replaceAll("[^A-Za-z0-9]", "");
        String n = LatexScripts.name(r, base + (cmd.equals("hat") ? "hat" : cmd.equals("bar")
            ? "bar" : cmd.equals("tilde") ? "tilde" : ""));
        yield r.named(n);
      }
      case "mathbb" -> throw new UnsupportedLatexException(switch (c.rawArgument().strip()) {
        case "E" -> "expectations E[…]";
        case "1", "I" -> "the indicator 𝟙";
        default -> "sets (\\mathbb)";
      });
      case "mathcal", "mathrm", "operatorname", "mathit" -> {
        String word = c.rawArgument().replaceAll("[^A-Za-z0-9]", "");
        refuseOperator(c, word);
        yield r.named(LatexScripts.name(r, word));
      }
      case "text", "textrm", "mbox" -> {
        String word = c.rawArgument().strip();
        refuseOperator(c, word);
        yield null;
      }
      case "underbrace" -> underbrace(r);
      case "pi" -> LatexReader.operand("Pi");
      case "infty" -> LatexReader.operand("Infinity");
      default -> throw new UnsupportedLatexException(REFUSED.getOrDefault(cmd, "\\" + cmd));
    };
  }

  /**
   * A function with optional primes and power ({@code \tanh^2}) applied to a bracket or to the
   * next factor. σ with nothing to apply to is a quantity (a standard deviation), not σ(·).
   */
  static String applyFunction(LatexReader r, String fn) {
    LatexCursor c = r.cursor();
    int primes = 0;
    String power = null;
    while (true) {
      c.skipSpacing();
      if (c.peek() == '\'') {
        primes++;
        c.advance();
      } else if (c.peek() == '^' && power == null && primes == 0) {
        c.advance();
        power = r.argument();
      } else {
        break;
      }
    }
    c.skipSpacing();
    String arg = null;
    char next = c.peek();
    boolean sigmaAsQuantity = fn.equals("sigma") && r.reading().variables().contains("sigmav");
    if (next == '(') {
      c.advance();
      arg = r.sequence(')');
    } else if (!sigmaAsQuantity && next != '\0' && next != '}' && next != ')' && next != ']'
        && "+-*/,=<>|&^_".indexOf(next) < 0 && !c.startsWith("\\cdot") && !c.startsWith("\\times")
        && !c.startsWith("\\right") && !c.startsWith("\\quad") && !c.startsWith("\\qquad")) {
      arg = r.nextFactor(fn + " without an argument");
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
    List<String> args = TopLevel.split(arg, ',');
    if ((fn.equals("Max") || fn.equals("Min")) && args.size() == 1) {
      throw new UnsupportedLatexException("\\" + fn.toLowerCase(java.util.Locale.ROOT)
          + " over a set (one argument)");
    }
    if (fn.equals("Max") && args.size() == 2 && (args.contains("0") || args.contains("0.0"))) {
      fn = "relu"; // max(0, x) is the ReLU, whose derivative the engine knows
      arg = args.get(0).strip().matches("0(\\.0)?") ? args.get(1) : args.get(0);
    }
    String applied = fn + "'".repeat(primes) + "(" + arg + ")";
    return power == null ? applied : "(" + applied + ")^(" + power + ")";
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
