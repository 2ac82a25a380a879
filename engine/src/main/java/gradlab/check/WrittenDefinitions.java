package gradlab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * Each name's definition as the text wrote it, in the reader's engine syntax before any algebra
 * ({@code w1*i1+w2*i2+b1*1}, where the engine's form is reordered and folded). A worked example
 * puts numbers into that written form ({@code net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1}),
 * and {@link Substitutions} compares the two token by token. Mutable, one per document run.
 */
final class WrittenDefinitions {
  private final Map<String, String> written = new HashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();

  /** Records (or replaces) the written right side of {@code name}'s definition. */
  void noteInPlace(String name, String rhs, int line) {
    written.put(name, rhs);
    lines.put(name, line);
  }

  /** The written right side of {@code name}'s latest definition, or null. */
  String of(String name) {
    return written.get(name);
  }

  /** The line of {@code name}'s latest definition, or -1. */
  int lineOf(String name) {
    return lines.getOrDefault(name, -1);
  }
}
