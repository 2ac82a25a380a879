package gradlab.symbolic;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/** Normalises the friendly input syntax to Symja's relaxed syntax, and lists free symbols. */
final class InputForm {
  private static final Pattern INDEXED = Pattern.compile("\\b([A-Za-z]+)_\\{?(\\d+)\\}?");
  private static final Pattern SUBSCRIPT_DIGITS = Pattern.compile("[₀-₉]+");
  /** Code's scientific notation, 1e-3 and 5.0E-4: one number, never 1·e − 3. */
  private static final Pattern SCIENTIFIC = Pattern.compile(
      "(?<![A-Za-z0-9_.])(\\d+(?:\\.\\d*)?|\\.\\d+)[eE]([-+]?\\d+)(?![A-Za-z0-9_.])");
  private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  /**
   * Two bracketed factors side by side, {@code (1/2)(a - y)}. Symja's relaxed parser reads them
   * as a product but lets a power after them take both: {@code (1/2)(a - y)^2} was
   * ((a − y)/2)², and a derivative through such a definition half the true one (a false ✗ a
   * student met). Symja never reads {@code )(} as a call, so writing the product out changes
   * nothing but that precedence.
   */
  private static final Pattern BRACKETS_SIDE_BY_SIDE = Pattern.compile("\\)\\s*\\(");

  private InputForm() {}

  /**
   * Rewrites friendly syntax: σ → sigma, π → Pi, z₃ and z_3 → z3, x² → x^2, x⁻¹ → x^(-1), · × → *, − → -,
   * √( → sqrt(, ** → ^, ′ → ', (p)(q) → (p)*(q). Everything else is passed through unchanged, so Symja's own
   * syntax ({@code D[f[x], x]}) is accepted too.
   */
  static String normalise(String input) {
    String s = input.strip();
    s = s.replace("σ", "sigma").replace("π", "Pi").replace("·", "*").replace("×", "*")
        .replace("−", "-").replace("√(", "sqrt(").replace("**", "^").replace("′", "'")
        .replace("∞", "Infinity").replace("≤", "<=").replace("≥", ">=").replace("≠", "!=")
        .replace("→", "->").replace("η", "eta").replace("α", "alpha").replace("δ", "delta");
    s = SCIENTIFIC.matcher(s).replaceAll("($1*10^($2))");
    s = BRACKETS_SIDE_BY_SIDE.matcher(s).replaceAll(")*(");
    s = replaceAll(SUBSCRIPT_DIGITS, s, m -> shift(m, '₀'));
    // 10⁻⁸ (an ε typed on a phone) was "unexpected character '⁻'"
    s = replaceAll(SUPERSCRIPT_DIGITS, s, m -> m.startsWith("⁻")
        ? "^(-" + fromSuperscripts(m.substring(1)) + ")" : "^" + fromSuperscripts(m));
    return INDEXED.matcher(s).replaceAll("$1$2");
  }

  private static String shift(String digits, char zero) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append((char) ('0' + (c - zero)));
    }
    return b.toString();
  }

  private static String fromSuperscripts(String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append((char) ('0' + SUPERSCRIPTS.indexOf(c)));
    }
    return b.toString();
  }

  private static String replaceAll(Pattern p, String s, java.util.function.UnaryOperator<String> f) {
    Matcher m = p.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The names of the user (non-built-in) symbols in {@code e}, in order of appearance. */
  static Set<String> symbolsOf(IExpr e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(IExpr e, Set<String> out) {
    if (e.isSymbol()) {
      if (!e.isBuiltInSymbol() && Activation.byName(e.toString()).isEmpty()) {
        out.add(SymjaNames.userName(e.toString()));
      }
      return;
    }
    if (e.isAST()) {
      IAST ast = (IAST) e;
      if (!ast.head().isSymbol()) {
        collect(ast.head(), out);
      }
      for (int i = 1; i <= ast.argSize(); i++) {
        collect(ast.getAt(i), out);
      }
    }
  }
}
