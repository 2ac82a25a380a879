package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parr and Howard's table of element-wise Jacobians: {@code \frac{\partial (\mathbf{w \oslash
 * x})}{\partial \mathbf{x}} = diag(\ldots \frac{-w_i}{x_i^2} \ldots)} was "cannot read: elided
 * terms", so a wrong entry there was never found. The Jacobian of an element-wise operation of
 * two vectors with respect to one of them is the diagonal matrix of the scalar derivatives
 * ∂(wᵢ ⊘ xᵢ)/∂xᵢ, and two diagonal matrices are equal iff their entries are; so a display whose
 * every side is such a Jacobian, {@code diag(\ldots E \ldots)} (E the i-th entry),
 * {@code diag(\mathbf{x})}, {@code diag(\vec{1})} or ±I, and one side at least a diag, says the
 * same as the chain of the i-th entries, which is checked instead. ⊙, ⊘, +, − are element-wise by
 * definition; ⊗ (often the outer or Kronecker product) only where a line of the text says it is
 * element-wise or Hadamard's. Anything else leaves the display as written.
 */
final class DiagonalJacobians {
  private static final Pattern DISPLAY = Pattern.compile("\\$\\$([^$]*?)\\$\\$");
  private static final Pattern DIAG = Pattern.compile(
      "^(?:\\\\(?:text|operatorname|mathrm)\\{diag\\}|diag)\\s*(?:\\\\left)?\\(");
  private static final String DOTS = "\\\\(?:ldots|cdots|dots)";
  private static final Pattern ENTRY = Pattern.compile("^" + DOTS + "\\s*(.+?)\\s*" + DOTS + "$");
  private static final Pattern ONES = Pattern.compile(
      "^(-?)\\s*\\\\(?:vec|mathbf|boldsymbol|bm|mathbb)\\{1\\}$");
  private static final Pattern VECTOR = Pattern.compile(
      "^(-?)\\s*\\\\(?:vec|mathbf|boldsymbol|bm)\\{([a-z])\\}$");
  private static final Pattern IDENTITY = Pattern.compile("^(-?)\\s*I$");
  private static final String BOLD = "\\\\(?:mathbf|boldsymbol|bm|vec)";
  private static final String OP = "(\\+|-|\\\\oslash|\\\\odot|\\\\otimes)";
  /** ∂(w ⊘ x)/∂x, bold over the pair or over each name; the variable bold. */
  private static final Pattern JACOBIAN = Pattern.compile("^\\\\frac\\{\\\\partial\\s*\\((?:"
      + BOLD + "\\{\\s*([a-z])\\s*" + OP + "\\s*([a-z])\\s*\\}|" + BOLD + "\\{([a-z])\\}\\s*" + OP
      + "\\s*" + BOLD + "\\{([a-z])\\})\\)\\}\\{\\\\partial\\s*" + BOLD + "\\{([a-z])\\}\\}$");
  private static final Pattern INDEX = Pattern.compile("_\\{?([a-z])\\}?");
  private static final Pattern ELEMENTWISE_OTIMES = Pattern.compile(
      "(?m)^.*\\\\otimes.*(?:element-?wise|Hadamard).*$");

  private DiagonalJacobians() {}

  /** {@code text} with each display of diagonal Jacobians written as its i-th entries. */
  static String rewrite(String text) {
    if (!text.contains("diag")) {
      return text;
    }
    boolean otimes = ELEMENTWISE_OTIMES.matcher(text).find();
    Matcher m = DISPLAY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String entries = entries(m.group(1), otimes);
      String kept = entries == null ? m.group()
          : "$$" + entries + "\n".repeat((int) m.group(1).chars().filter(c -> c == '\n').count())
              + "$$";
      m.appendReplacement(out, Matcher.quoteReplacement(kept));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The chain of i-th entries, or null where a side is no diagonal Jacobian or none is diag. */
  private static String entries(String display, boolean otimes) {
    String body = display.strip().replaceAll("[,.]$", "").strip();
    if (!body.contains("diag") || body.contains("&") || body.contains("\\\\")) {
      return null;
    }
    List<String> sides = TopLevel.split(body, '=');
    String index = null;
    for (String side : sides) {
      Matcher e = ENTRY.matcher(inner(side.strip()) == null ? "" : inner(side.strip()));
      if (e.matches()) {
        Matcher i = INDEX.matcher(e.group(1));
        while (i.find()) {
          if (index != null && !index.equals(i.group(1))) {
            return null;
          }
          index = i.group(1);
        }
      }
    }
    String i = index == null ? "i" : index;
    List<String> read = new ArrayList<>();
    boolean diag = false;
    for (String side : sides) {
      String s = side.strip();
      String entry = entry(s, i, otimes);
      if (entry == null) {
        return null;
      }
      diag |= inner(s) != null;
      read.add(entry);
    }
    return sides.size() < 2 || !diag ? null : String.join(" = ", read);
  }

  /** The i-th diagonal entry {@code side} writes, or null. */
  private static String entry(String side, String i, boolean otimes) {
    String inner = inner(side);
    if (inner != null) {
      Matcher e = ENTRY.matcher(inner);
      Matcher ones = ONES.matcher(inner);
      Matcher vector = VECTOR.matcher(inner);
      return e.matches() ? "(" + e.group(1) + ")" : ones.matches() ? ones.group(1) + "1"
          : vector.matches() && !vector.group(2).equals(i) ? vector.group(1) + vector.group(2)
              + "_" + i : null;
    }
    Matcher id = IDENTITY.matcher(side);
    if (id.matches()) {
      return id.group(1) + "1";
    }
    Matcher j = JACOBIAN.matcher(side);
    if (!j.matches()) {
      return null;
    }
    String a = j.group(1) != null ? j.group(1) : j.group(4);
    String op = j.group(1) != null ? j.group(2) : j.group(5);
    String b = j.group(1) != null ? j.group(3) : j.group(6);
    String v = j.group(7);
    if (!v.equals(a) && !v.equals(b) || a.equals(i) || b.equals(i)
        || op.equals("\\otimes") && !otimes) {
      return null;
    }
    String scalar = switch (op) {
      case "\\oslash" -> "/";
      case "\\odot", "\\otimes" -> "\\times";
      default -> op;
    };
    return "\\frac{\\partial (" + a + "_" + i + " " + scalar + " " + b + "_" + i + ")}{\\partial "
        + v + "_" + i + "}";
  }

  /** What a side {@code diag(…)} holds, or null where the side is not one diag(…). */
  private static String inner(String side) {
    Matcher d = DIAG.matcher(side);
    if (!d.find()) {
      return null;
    }
    int close = TopLevel.closing(side, d.end() - 1);
    if (close < 0 || !side.substring(close + 1).isBlank()) {
      return null;
    }
    String held = side.substring(d.end(), close).strip();
    return (held.endsWith("\\right") ? held.substring(0, held.length() - 6) : held).strip();
  }
}
