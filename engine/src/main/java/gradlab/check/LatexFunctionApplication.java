package gradlab.check;

import java.util.List;
import java.util.Set;

/**
 * A function command applied to its argument ({@code \tanh^2 x}, {@code \log \sigma(x)},
 * {@code \sigma_B^2}, {@code \max_z f(z)}): what it applies to, with or without brackets, and
 * when σ is a quantity rather than the sigmoid. The other commands are in {@link LatexCommands}.
 */
final class LatexFunctionApplication {
  /** Functions of one argument in the math language (Cos(a, b) does not parse). */
  private static final Set<String> ONE_ARGUMENT = Set.of("Sin", "Cos", "Tan",
      "Sec", "Csc", "Cot", "Sinh", "Cosh", "Tanh", "ArcSin", "ArcCos", "ArcTan", "Exp", "Sqrt");

  private LatexFunctionApplication() {}

  /**
   * A function with optional primes and power ({@code \tanh^2}) applied to a bracket or to the
   * next factor. σ with nothing to apply to is a quantity (a standard deviation), not σ(·), and
   * so is σ with a subscript ({@code \sigma_\mathcal{B}}, {@code \sigma_1}); {@code \sigma_B^2}
   * is read both as one name (the variance, as batch norm writes it) and as a power, and only
   * as the name once the text has defined it ({@code \sigma_B^2 = …}), only as the power once
   * it has stated a range or value of σ_B itself ({@code \sigma_1 > 0}).
   */
  static String apply(LatexReader r, String fn) {
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
      int run = PlainFactorRun.length(rest);
      if (run > 0) {
        // \log 2\pi\sigma^2: log(2πσ²) as TeX texts mean it, or log(2)·πσ²; both are tried
        // (read as the first factor only, the true KL of two Gaussians was ✗); the run may
        // end before another function or a relation: \cos m\theta \cos n\theta (held25)
        r.ambiguity("\\" + fn.toLowerCase(java.util.Locale.ROOT) + " before a product of "
            + "plain factors as the function of the whole product or of its first factor");
        if (!r.reading().operatorOverSum()) {
          arg = r.readNested(c.between(start, afterFactor + run));
          c.reset(afterFactor + run);
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
    if ((fn.equals("Max") || fn.equals("Min")) && args.size() > 2 && primes == 0) {
      // \max(0, 1, 3, 4), d2l's pooling window: the math language's max takes two arguments
      // (held34: Max(0,1,3,4) did not parse there), so Max(0, Max(1, Max(3, 4)))
      String nested = args.get(args.size() - 1).strip();
      for (int k = args.size() - 2; k >= 1; k--) {
        nested = fn + "(" + args.get(k).strip() + ", " + nested + ")";
      }
      arg = args.get(0).strip() + ", " + nested;
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

  /**
   * {@code \max_z f(z)}: the largest value of the next factor over the real line, by the
   * engine's maximizer (whose answer is checked on a grid); {@code \min_z} likewise. A
   * subscript that is not one plain variable ({@code \max_{z \in S}}) is not read.
   */
  private static String extremum(LatexReader r, boolean max) {
    LatexCursor c = r.cursor();
    c.advance(); // _
    String var = r.argument().strip();
    if (!EngineNames.is(var)) {
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

  /** Whether a factor (an argument without brackets) starts at the cursor. */
  private static boolean startsFactor(LatexCursor c) {
    char next = c.peek();
    return next != '\0' && next != '}' && next != ')' && next != ']'
        && "+-*/,=<>|&^_".indexOf(next) < 0 && !c.startsWith("\\cdot")
        && !c.startsWith("\\times") && !c.startsWith("\\right") && !c.startsWith("\\quad")
        && !c.startsWith("\\qquad");
  }
}
