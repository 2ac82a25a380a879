package gradlab.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named point moved to a value the text gives to its digits only: Elfwing et al.'s "at $z_k =
 * 2$, …; the global minimum of the SiLU is at $z_k \approx -1.278$" was read as the claim
 * z_k ≈ −1.278 at the point z_k = 2 and refuted (held27, a true step ✗). In prose, {@code name
 * ≈ number} of a name that is a point of the text, whose value the number, to its written
 * digits, does not contain, names another point approximately: it is never a claim. The old
 * point ends there; the new one is not taken (a rounded point would refute true steps at it, x ≈
 * 1.41 then x² = 2), so the steps after it that use the name are not checked. A number that
 * contains the point's value stays a claim (proved as before).
 */
final class ApproximatePoints {
  private static final Pattern NUMBER = NumberPatterns.DECIMAL_ANY_MINUS;
  static final String NOTE = "a point given to the digits written: the steps after it that use "
      + "this name are not checked (a rounded point would refute true steps)";

  private ApproximatePoints() {}

  /** Takes {@code name ≈ number} as an approximate point and returns true, or returns false. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      Relation rel0, boolean claims) {
    if (claims || rel0 != Relation.APPROX || raw.size() != 2 || terms.get(0) == null
        || terms.get(1) == null) {
      return false;
    }
    String head = terms.get(0).strip();
    String number = terms.get(1).strip().replace('−', '-');
    if (!EngineNames.is(head) || !NUMBER.matcher(number).matches() || run.ctx.defines(head)
        || run.functions.contains(head)) {
      return false;
    }
    var point = run.ctx.point().get(head);
    if (point == null || contains(number, run.engine.numeric(point, java.util.Map.of()))) {
      return false; // not a point, or the point itself to the digits written: a claim
    }
    NamedPoints.endInPlace(run, line, raw, head, Relation.APPROX, NOTE);
    return true;
  }

  /** Whether the rounding interval of the written {@code number} contains {@code value}. */
  private static boolean contains(String number, double value) {
    BigDecimal n = new BigDecimal(number);
    double half = 0.5 * Math.pow(10, -Math.max(0, n.scale()));
    return Math.abs(value - n.doubleValue()) <= half * (1 + 1e-12);
  }
}
