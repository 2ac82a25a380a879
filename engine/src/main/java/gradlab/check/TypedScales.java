package gradlab.check;

import java.util.regex.Pattern;

/**
 * A scale the plain-text reader renamed, shown again as typed: σ² (or sigma^2) is read as the
 * number sigmav squared, never the sigmoid ({@link PlainUnicode}), and the report showed the
 * reader's name, "sigmav² = 1/M", for a line that said "σ² = 1/M" (user30). Where the line typed
 * σ the row shows σ, where it typed sigma, sigma.
 */
final class TypedScales {
  private static final Pattern RENAMED = Pattern.compile("(?<![A-Za-z_])sigmav(?![A-Za-z0-9_])");

  private TypedScales() {}

  /** The step with sigmav written as its line wrote it, unless that line typed sigmav. */
  static StepResult shown(StepResult s, String typedLine) {
    if (typedLine.contains("sigmav") || !(RENAMED.matcher(s.lhs()).find()
        || RENAMED.matcher(s.rhs()).find())) {
      return s;
    }
    String as = typedLine.contains("σ") ? "σ" : "sigma";
    return new StepResult(s.line(), RENAMED.matcher(s.lhs()).replaceAll(as), s.relation(),
        RENAMED.matcher(s.rhs()).replaceAll(as), s.verdict(), s.note());
  }
}
