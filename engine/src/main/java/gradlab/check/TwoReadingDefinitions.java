package gradlab.check;

import java.util.Collection;

/**
 * Ambiguities whose two readings give a definition two different right sides: a letter before a
 * bracket as a product or applied ({@link LatexScripts}), and σ before a factor as the sigmoid
 * applied or σ times it ({@link LatexCommands}). A definition read through either is not taken
 * with its first reading alone: Burges's {@code \lambda_{ij} = \sigma(\ldots)}, with σ a
 * parameter and σ = 1 in the example, was stored as the sigmoid applied, and the true example
 * refuted (held18).
 */
final class TwoReadingDefinitions {
  /** The first words of {@link LatexCommands}'s ambiguity of σ before a factor. */
  static final String SIGMA = "σ before a factor as the sigmoid applied";

  private TwoReadingDefinitions() {}

  /** Whether one of {@code ambiguities} gives the defined name two different values. */
  static boolean differ(Collection<String> ambiguities) {
    return ambiguities.stream().anyMatch(a -> a.contains("as a product or as")
        || a.startsWith(SIGMA));
  }
}
