package gradlab.symbolic;

import gradlab.math.MathFunction;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.ApfloatNum;
import org.matheclipse.core.interfaces.IExpr;

/**
 * {@link UnicodeForm}'s atoms: numbers (ten significant digits, m×10ᵏ, all the digits of a
 * high-precision one), names (Greek letters, subscript indices) and function heads (the
 * catalogue's display names). Pure functions.
 */
final class UnicodeAtoms {
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]*?[A-Za-z])(\\d+)");
  static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
  static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final Map<String, String> NAMES = withGreek(Map.ofEntries(
      Map.entry("Pi", "π"), Map.entry("E", "e"), Map.entry("Infinity", "∞"),
      Map.entry("Indeterminate", "NaN"), // as the LaTeX of the same cell says (user26 F10)
      Map.entry("sigma", "σ"), // the Greek letters are added from gradlab.math.Greek below
      Map.entry("Log", "ln"), Map.entry("HeavisideTheta", "H"), Map.entry("DiracDelta", "δ"),
      Map.entry("relu", "ReLU"), Map.entry("elu", "ELU"), Map.entry("gelu", "GELU"),
      Map.entry("leakyrelu", "LeakyReLU"), Map.entry("True", "true"),
      Map.entry("False", "false")));
  /** The catalogue's own display names (ProductLog is W), read from {@link MathFunction}. */
  private static final Map<String, String> CATALOGUE = catalogueNames();

  private UnicodeAtoms() {}

  private static Map<String, String> withGreek(Map<String, String> names) {
    Map<String, String> all = new java.util.HashMap<>(gradlab.math.Greek.letters());
    all.putAll(names);
    return Map.copyOf(all);
  }

  private static Map<String, String> catalogueNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (MathFunction f : MathFunction.values()) {
      if (f != MathFunction.LOGSUMEXP) {
        names.putIfAbsent(TreeBridge.symjaName(f), f.displayName());
      }
    }
    return Map.copyOf(names);
  }

  /** A number: exact rationals as they are, reals to ten digits or all their digits. */
  static String number(IExpr e) {
    if (e.isInteger() || e.isFraction()) {
      return e.toString().replace("-", "−");
    }
    if (e.isReal()) {
      double d = e.evalf();
      if (e instanceof ApfloatNum a && !a.isZero() && (d == 0 || !Double.isFinite(d)
          || a.precision() > 17)) {
        // N[Pi, 20] (the library's own N, in brackets) printed 3.141592654: its 20 digits
        // were there, and the double printer dropped them
        // N(softmax({1000, 0, −1000})) printed {1, 0.0, 0.0}: e^−1000 is 5.1×10⁻⁴³⁵, not 0
        return gradlab.math.Printer.decimal(new java.math.BigDecimal(
            a.apfloatValue().toString(false)));
      }
      String s = Double.toString(d);
      if (Math.abs(d) >= 1e-4 && Math.abs(d) < 1e9) {
        s = String.format(java.util.Locale.ROOT, "%.10g", d).replaceAll("\\.?0+$", "");
        if (s.contains("e")) {
          s = Double.toString(d);
        }
      } else if (d != 0 && Double.isFinite(d)) {
        s = scientific(d); // 4.248354255×10⁻¹⁸, never Java's 4.248354255E-18
      }
      return s.replace("-", "−");
    }
    return e.toString().replace("*I", "i").replace("-", "−");
  }

  /** d as m×10ᵏ with ten significant digits. */
  static String scientific(double d) {
    String[] parts = String.format(java.util.Locale.ROOT, "%.9e", d).split("e");
    String mantissa = parts[0].replaceAll("\\.?0+$", "");
    return mantissa + "×10" + digits(String.valueOf(Integer.parseInt(parts[1])), SUP);
  }

  /** A user name: Greek letters, an index as subscripts (w1 → w₁), δ for a delta prefix. */
  static String symbol(String name) {
    String known = NAMES.get(name);
    if (known != null) {
      return known;
    }
    if (name.startsWith("delta") && name.length() > 5 && !Character.isDigit(name.charAt(5))) {
      return "δ" + symbol(name.substring(5));
    }
    Matcher m = INDEXED.matcher(name);
    if (m.matches()) {
      String base = m.group(1); // E1 is a name E₁, never Euler's e with an index
      return (base.equals("E") || base.equals("Pi") ? base : symbol(base))
          + digits(m.group(2), SUB);
    }
    return name.indexOf('_') > 0 ? gradlab.math.Printer.name(name) : name;
  }

  /** Digits (and a minus) in a table of sub- or superscript digits. */
  static String digits(String ds, String table) {
    StringBuilder b = new StringBuilder();
    for (char c : ds.toCharArray()) {
      b.append(c == '-' ? '⁻' : table.charAt(c - '0'));
    }
    return b.toString();
  }

  /** A function head: our names, the catalogue's display names, else Symja's in lower case. */
  static String functionName(String h) {
    String known = NAMES.get(h);
    if (known != null) {
      return known;
    }
    known = CATALOGUE.get(h);
    if (known != null) {
      return known;
    }
    return h.length() > 1 && Character.isUpperCase(h.charAt(0))
        && Character.isLowerCase(h.charAt(1)) ? h.toLowerCase(java.util.Locale.ROOT) : symbol(h);
  }
}
