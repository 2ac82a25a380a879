package gradlab.math;

/** A tolerance as reports print it: 10⁻⁹ for a power of ten (Java wrote 1.0E-9). */
public final class Tolerance {
  private Tolerance() {}

  public static String text(double v) {
    long k = Math.round(Math.log10(v));
    if (v > 0 && Math.abs(v / Math.pow(10, k) - 1) < 1e-12) {
      StringBuilder b = new StringBuilder("10");
      for (char c : Long.toString(k).toCharArray()) {
        b.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
      }
      return b.toString();
    }
    return Printer.unicode(new Real(v));
  }
}
