package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * x and x′ as two points, never x and its derivative: a text that writes the pair as the two
 * arguments of one bracket, Bishop's kernel {@code k(x, x')} or {@code k(\mathbf{x},
 * \mathbf{x}')}, a distance {@code d(x, x')}. Its x′ is a name of its own (the reader reads it
 * as {@code xprime}), so a refutation at a point that gives x a value is earned; without this
 * {@link PrimedNames} withheld it as "x′(…) is not read here", and the planted error in
 * Bishop's factorization of the Gaussian kernel (held33: exp(x x′/(2σ²)) for exp(x x′/σ²)) was
 * not found. A prime applied to a bracket anywhere in the step ({@code x'(t)}) keeps the guard.
 */
final class PrimedPoints {
  /** A bracket holding exactly a name and that name primed: (x, x′), (\mathbf{x}, \mathbf{x}'). */
  private static final Pattern PAIR = Pattern.compile("\\(\\s*(?:\\\\(?:mathbf|boldsymbol|bm)"
      + "\\s*\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))\\s*,\\s*(?:\\\\(?:mathbf|boldsymbol|bm)\\s*"
      + "\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))\\s*(?:'|′|\\^\\s*\\{?\\s*\\\\prime\\s*\\}?)\\s*"
      + "(?:\\\\right\\s*)?\\)");

  private PrimedPoints() {}

  /** The letters {@code text} writes as such a pair anywhere. */
  static Set<String> paired(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PAIR.matcher(text);
    while (m.find()) {
      String first = m.group(1) != null ? m.group(1) : m.group(2);
      String second = m.group(3) != null ? m.group(3) : m.group(4);
      if (first.equals(second)) {
        out.add(first);
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether {@code name}′ in {@code stepText} is the second point of a pair the text writes
   * ({@code paired}), and no prime on it is applied to a bracket there.
   */
  static boolean secondPoint(Set<String> paired, String stepText, String name) {
    if (!paired.contains(name)) {
      return false;
    }
    return !Pattern.compile("(?<![A-Za-z0-9_\\\\])" + Pattern.quote(name)
        + "\\s*\\}?\\s*(?:'|′|\\^\\s*\\{?\\s*\\\\prime\\s*\\}?)\\s*(?:\\\\left\\s*)?\\(")
        .matcher(stepText).find();
  }
}
