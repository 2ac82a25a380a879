package gradlab.repl;

/**
 * The range of the time limit of an evaluation ({@code :timeout N}, {@code --timeout N}): whole
 * seconds from 1 to a day. A larger value would overflow the engine's deadline arithmetic
 * (nanoseconds in a long) and is no limit anyway.
 */
public final class TimeLimit {
  public static final long DEFAULT_SECONDS = 30;
  public static final long MIN_SECONDS = 1;
  public static final long MAX_SECONDS = 86_400;

  private TimeLimit() {}

  /**
   * The seconds written in {@code text}.
   *
   * @throws IllegalArgumentException one line naming the range, for text that is not a whole
   *     number in it
   */
  public static long parseSeconds(String option, String text) {
    String t = text.strip();
    long s;
    try {
      s = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs whole seconds from " + MIN_SECONDS
          + " to " + MAX_SECONDS + ", got '" + t + "'");
    }
    return check(option, s);
  }

  /** {@code seconds} when it lies in the range; else the one-line error. */
  public static long check(String option, long seconds) {
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(option + " must be from " + MIN_SECONDS + " to "
          + MAX_SECONDS + " seconds (a day), got " + seconds);
    }
    return seconds;
  }
}
