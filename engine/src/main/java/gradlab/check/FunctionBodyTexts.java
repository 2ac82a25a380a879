package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of each function the text defines, as written ({@code w(r) = rho'(r)/r}), so that a
 * guard reading a step's own text also reads what the step's functions stand for. A step
 * {@code w(2) = 0.2} holds no prime, but its w does: where the reader took ρ for a number, ρ′
 * was 0 inside w, and the true step was ✗ at "ρ = 0.502" (held19's Cauchy loss).
 */
final class FunctionBodyTexts {
  private final Map<String, String> bodies = new LinkedHashMap<>();

  void recordInPlace(String name, String rawBody) {
    bodies.put(name, rawBody);
  }

  /** The bodies of the functions applied in {@code text}, and of those applied in them. */
  String usedIn(String text) {
    StringBuilder seen = new StringBuilder(text);
    boolean grew = true;
    java.util.Set<String> taken = new java.util.HashSet<>();
    while (grew) {
      grew = false;
      for (Map.Entry<String, String> e : bodies.entrySet()) {
        if (!taken.contains(e.getKey()) && applied(seen, e.getKey())) {
          taken.add(e.getKey());
          seen.append(' ').append(e.getValue());
          grew = true;
        }
      }
    }
    return seen.substring(text.length());
  }

  private static boolean applied(CharSequence text, String name) {
    String shown = LatexNames.readable(name);
    for (String n : new java.util.LinkedHashSet<>(java.util.List.of(name, shown))) {
      if (Pattern.compile("(?<![A-Za-z0-9_])\\\\?" + Pattern.quote(n) + "\\s*\\(")
          .matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
