package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How {@link Printer} writes numbers in each style: rationals (a LaTeX fraction, else p/q),
 * doubles to ten significant digits (m·10ᵏ, m\cdot 10^{k} or mek past the plain range, ∞ for an
 * infinite one), exact decimals with all their digits, and superscript digits. Pure functions.
 */
final class PrintedNumbers {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private PrintedNumbers() {}

  /** See {@link Printer#decimal(BigDecimal, boolean)}. */
  static String decimal(BigDecimal d, boolean tex) {
    int magnitude = d.precision() - d.scale() - 1;
    if (d.signum() == 0 || (magnitude >= -6 && magnitude < 20)) {
      String plain = d.toPlainString();
      return tex ? plain : plain.replace("-", "−");
    }
    String mantissa = d.movePointLeft(magnitude).stripTrailingZeros().toPlainString();
    if (tex) {
      return mantissa + " \\times 10^{" + magnitude + "}";
    }
    StringBuilder sup = new StringBuilder();
    for (char c : String.valueOf(magnitude).toCharArray()) {
      sup.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
    }
    return (mantissa + "×10" + sup).replace("-", "−");
  }

  /** An exact rational: an integer, p/q, or \frac{p}{q} in LaTeX. */
  static String rational(Num n, Printer.Style style) {
    String sign = n.signum() < 0 ? minus(style) : "";
    String p = n.num().abs().toString();
    if (n.isInteger()) {
      return sign + p;
    }
    return style == Printer.Style.LATEX ? sign + "\\frac{" + p + "}{" + n.den() + "}"
        : sign + p + "/" + n.den();
  }

  /** A double to ten significant digits, with ".0" on a whole number. */
  static String real(double v, Printer.Style style) {
    if (Double.isNaN(v)) {
      return String.valueOf(v);
    }
    if (Double.isInfinite(v)) { // a double past 1.8·10³⁰⁸, in the notation of the rest
      String inf = switch (style) {
        case UNICODE -> "∞";
        case LATEX -> "\\infty";
        case INPUT -> "Infinity";
      };
      return v > 0 ? inf : minus(style) + inf;
    }
    String s = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toString();
    if (s.contains("E")) {
      String[] parts = s.split("E");
      s = switch (style) {
        case UNICODE -> parts[0] + "·10" + superscript(parts[1].replace("+", ""));
        case LATEX -> parts[0] + "\\cdot 10^{" + parts[1].replace("+", "") + "}";
        case INPUT -> parts[0] + "e" + parts[1].replace("+", "");
      };
    } else if (!s.contains(".")) {
      s = s + ".0";
    }
    return s.startsWith("-") ? minus(style) + s.substring(1) : s;
  }

  /** Digits (and a leading minus) as superscripts: -12 → ⁻¹². */
  static String superscript(String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
    }
    return b.toString();
  }

  /** The minus sign of a style: − in Unicode, - in LaTeX and input. */
  static String minus(Printer.Style style) {
    return style == Printer.Style.UNICODE ? "−" : "-";
  }
}
