package gradlab.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relation given as a reason, then the relation it gives, on one plain-text line: "Since a =
 * y - f we have da/df = -1, so in the quadratic part". "we have" was read inside a side (a
 * product of the names w, e, h, a, v, e), so the definition of a was "cannot be read" and every
 * later step through a was not checked (a student's Huber-loss notes). Each relation is read as
 * a statement of its own, the reason first; words after the second relation's comma are dropped.
 * A reason that is an inequality states a case: "since z > 0 we have max(0, z) = z" was ✗ (the
 * words were factors, and max(0, z) = z read alone fails where z < 0); its consequence is read
 * under the reason, assumed for that one statement.
 */
final class SinceClauses {
  private static final String RELATION = "[=<>≤≥≈]";
  private static final Pattern SINCE = Pattern.compile("(?i)^\\s*(?:since|because|as|given)\\s+"
      + "([^<>≤≥≈]*=[^<>≤≥≈]*?|[^=≈]*[<>≤≥][^=≈]*?)\\s*,?\\s+(?:we\\s+(?:have|get|obtain|find)|this\\s+gives|"
      + "it\\s+follows\\s+that|then)\\s*:?\\s+(.*" + RELATION + "[^,]*?)\\s*(?:,\\s*(?:so|and|"
      + "which|then|hence|thus)\\b[^=<>≤≥≈]*)?\\s*\\.?\\s*$");

  /**
   * The reason after the claim, without brackets: "da/dz = a(1 - a) since sigma'(z) = sigma(z)(1 -
   * sigma(z))" was split at every "=" with "since" a name inside two sides.
   */
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s*([^,;]*" + RELATION
      + "[^,;]*?)\\s*,?\\s+(?:since|because)\\s+([^<>≤≥≈]*=[^<>≤≥≈]*?|[^=≈]*[<>≤≥][^=≈]*?)"
      + "\\s*\\.?\\s*$");

  private SinceClauses() {}

  /** Reads both relations of {@code text} where it is such a line; false where it is not. */
  static boolean readInPlace(DocumentRun run, String text, Consumer<String> reader) {
    Matcher m = SINCE.matcher(text);
    Matcher after = AFTER.matcher(text);
    String reason;
    String claim;
    if (m.matches()) {
      reason = m.group(1).strip();
      claim = m.group(2).strip();
    } else if (after.matches()) {
      reason = after.group(2).strip();
      claim = after.group(1).strip();
    } else {
      return false;
    }
    if (reason.contains("=")) {
      reader.accept(reason);
      reader.accept(claim);
      return true;
    }
    gradlab.symbolic.Domain before = run.ctx.domain();
    try {
      reader.accept("assume " + reason);
      reader.accept(claim);
    } finally {
      run.ctx = run.ctx.withDomain(before);
    }
    return true;
  }
}
