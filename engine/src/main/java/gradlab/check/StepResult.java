package gradlab.check;

/**
 * One checked step, or one statement that was read as context.
 *
 * @param line 1-based line in the source
 * @param lhs the left side as written
 * @param relation the relation
 * @param rhs the right side as written
 * @param verdict the verdict, or null for a definition or a named point (context, not a claim)
 * @param note what the statement was read as, for context statements
 */
public record StepResult(int line, String lhs, Relation relation, String rhs,
    StepVerdict verdict, String note) {

  public boolean isClaim() {
    return verdict != null;
  }

  /** {@code line 3: a = b  ✓ proved: …}, or the note of a context statement. */
  @Override
  public String toString() {
    String text = rhs.isEmpty() ? lhs : lhs + " " + relation.symbol() + " " + rhs;
    return "line " + line + ": " + text + (isClaim() ? "  " + verdict : "  [" + note + "]");
  }
}
