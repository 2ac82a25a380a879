package gradlab.verdict;

/**
 * Where a measured difference stands against its noise margin: above it, below its negative, or
 * within. A difference exactly at the margin counts as within (it has not exceeded it).
 */
public enum Difference {
  /** difference &gt; margin. */
  HIGHER,
  /** difference &lt; −margin. */
  LOWER,
  /** |difference| ≤ margin. */
  WITHIN_NOISE;

  /**
   * The verdict for {@code difference} against {@code margin} (≥ 0; 0 asks only for the sign).
   *
   * @throws IllegalArgumentException if the margin is negative or either number is NaN
   */
  public static Difference of(double difference, double margin) {
    if (Double.isNaN(difference) || Double.isNaN(margin) || margin < 0) {
      throw new IllegalArgumentException("difference " + difference + " against margin " + margin
          + ": the margin must be a number ≥ 0 and the difference a number");
    }
    return difference > margin ? HIGHER : difference < -margin ? LOWER : WITHIN_NOISE;
  }

  /** The word for this verdict: {@code higher}, {@code lower} or {@code within}. */
  public String word(String higher, String lower, String within) {
    return switch (this) {
      case HIGHER -> higher;
      case LOWER -> lower;
      case WITHIN_NOISE -> within;
    };
  }
}
