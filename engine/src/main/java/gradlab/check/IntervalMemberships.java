package gradlab.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range stated as membership: {@code \alpha \in (0,1)}, {@code \alpha\in(0,1]}, {@code α ∈ [0,
 * 1)}, {@code x \in \mathbb{R}_{>0}}, {@code n \in \mathbb{N}}. It is a hypothesis, as {@code 0 <
 * \alpha < 1} is, and is read as that chain of inequalities, so that it bounds the name's sampled
 * range. It used to be dropped without a word, and leaky ReLU's f′(z) = α for z &lt; 0 was ✗ at
 * α = 1.68, a slope the text rules out (a student). A set with no bound (ℝ, ℤ) gives no chain;
 * the statement is still a hypothesis.
 */
final class IntervalMemberships {
  private static final String NAME = "((?:\\\\[A-Za-z]+|[A-Za-z]|\\p{IsGreek})"
      + "(?:_\\{?[A-Za-z0-9]+\\}?|[₀-₉]+)?)";
  private static final String IN = "\\s*(?:\\\\in(?![A-Za-z])|∈)\\s*";
  private static final String END = "\\s*[.,;:]?\\s*";
  private static final String BOUND = "\\s*([-−+]?\\s*(?:\\d+(?:\\.\\d+)?|\\\\infty|∞))\\s*";
  private static final String LEFT = "(?:\\\\left\\s*)?";
  private static final String RIGHT = "(?:\\\\right\\s*)?";
  private static final Pattern INTERVAL = Pattern.compile(NAME + IN + LEFT + "([(\\[\\]])"
      + BOUND + "," + BOUND + RIGHT + "([)\\]\\[])" + END);
  private static final Pattern SET = Pattern.compile(NAME + IN + "(?:\\\\mathbb\\s*\\{?\\s*"
      + "([RNZ])\\s*\\}?|([ℝℕℤ]))\\s*((?:[_^]\\s*\\{?\\s*(?:[>≥+*]|\\\\geq?|\\\\ge)?\\s*0?\\s*\\}?"
      + "|[₊⁺])?)" + END);

  private IntervalMemberships() {}

  /**
   * The chain of inequalities that {@code statement} states as a membership, "" where it bounds
   * nothing (x ∈ ℝ), empty where it is no membership of one name in an interval or number set.
   */
  static Optional<String> asInequalities(String statement) {
    Matcher m = INTERVAL.matcher(statement);
    if (m.matches()) {
      String name = m.group(1);
      String lo = bound(m.group(3));
      String hi = bound(m.group(4));
      boolean loOpen = !m.group(2).equals("[");
      boolean hiOpen = !m.group(5).equals("]");
      if (lo == null && hi == null) {
        return Optional.of("");
      }
      if (lo != null && hi != null) {
        if (Double.parseDouble(lo) >= Double.parseDouble(hi)) {
          return Optional.empty(); // (1, 0): no interval, perhaps a pair
        }
        return Optional.of(lo + (loOpen ? " < " : " \\le ") + name + (hiOpen ? " < " : " \\le ")
            + hi);
      }
      return Optional.of(lo != null ? name + (loOpen ? " > " : " \\ge ") + lo
          : name + (hiOpen ? " < " : " \\le ") + hi);
    }
    m = SET.matcher(statement);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    String set = m.group(2) != null ? m.group(2) : switch (m.group(3)) {
      case "ℝ" -> "R";
      case "ℕ" -> "N";
      default -> "Z";
    };
    String sign = m.group(4).replaceAll("[\\s{}_^]", "");
    boolean positive = sign.matches(">0?|\\+|\\*|₊|⁺");
    boolean nonNegative = sign.matches("(?:≥|\\\\geq?|\\\\ge)0");
    if (set.equals("N")) {
      // ℕ: whether 0 belongs varies; n ≥ 1 holds for both conventions' useful part
      return Optional.of(name + " \\ge " + (nonNegative ? "0" : "1"));
    }
    if (positive) {
      return Optional.of(name + (set.equals("Z") ? " \\ge 1" : " > 0"));
    }
    if (nonNegative) {
      return Optional.of(name + " \\ge 0");
    }
    return sign.isEmpty() ? Optional.of("") : Optional.empty();
  }

  private static String bound(String b) {
    String s = b.replaceAll("\\s", "").replace('−', '-');
    if (s.contains("infty") || s.contains("∞")) {
      return null;
    }
    return s.startsWith("+") ? s.substring(1) : s;
  }
}
