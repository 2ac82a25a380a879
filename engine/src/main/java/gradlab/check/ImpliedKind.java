package gradlab.check;

/**
 * What a name stands for by convention or by the words of the text, though the text states no
 * range for it: the values it may take and, where they form an interval, where to sample it.
 * A step that fails only outside these values is not false under the text's reading
 * ({@link ImpliedDomains}).
 */
enum ImpliedKind {
  /** The upper bound of a Σ or Π, a count: 1, 2, 3, … (1 is not tried: 1/(n − 1) is undefined). */
  SIZE("a size the text sums to (1, 2, 3, …)", new String[] {"2", "3", "5"}, null),
  /** A count named in words ("$n$ samples", "the number of inputs $n$"). */
  COUNT("a count (1, 2, 3, …)", new String[] {"2", "3", "5"}, null),
  /** η, or a name the text calls a learning rate or a step size. */
  RATE("a learning rate (positive)", new String[] {"1/10", "1/2", "9/10"}, new double[] {0, 3}),
  /** λ: a penalty's weight. */
  PENALTY("a penalty's weight (positive)", new String[] {"1/10", "1/2", "9/10"},
      new double[] {0, 3}),
  /** A standard deviation, or the σ of a variance σ². */
  SCALE("a standard deviation (positive)", new String[] {"1/2", "1", "3/2"}, new double[] {0, 3}),
  /** A name the text calls a variance (written without a square). */
  VARIANCE("a variance (positive)", new String[] {"1/4", "1", "2"}, new double[] {0, 3}),
  /** A name the text calls a probability (dropout's keep probability p). */
  PROBABILITY("a probability (between 0 and 1)", new String[] {"1/10", "1/2", "9/10"},
      new double[] {0, 1}),
  /** A name the text calls a norm or a distance. */
  NORM("a norm (positive)", new String[] {"1/2", "1", "2"}, new double[] {0, 3}),
  /** A label the text states takes 0 and 1 only, written here without its example index. */
  LABEL("a label (0 or 1)", new String[] {"0", "1"}, null);

  private final String words;
  private final String[] tried;
  private final double[] interval;

  ImpliedKind(String words, String[] tried, double[] interval) {
    this.words = words;
    this.tried = tried;
    this.interval = interval;
  }

  /** What the name stands for, in words ("a learning rate (positive)"). */
  String words() {
    return words;
  }

  /** The values inside that a step is decided at again (exact, in engine syntax). */
  String tried(int round) {
    return tried[Math.min(round, tried.length - 1)];
  }

  /** How many values are tried. */
  int rounds() {
    return tried.length;
  }

  /** Where the name is sampled inside, {low, high}; null where only the tried values are. */
  double[] interval() {
    return interval == null ? null : interval.clone();
  }

  /** Whether {@code value} is one the name may take. */
  boolean within(double value) {
    return switch (this) {
      case SIZE, COUNT -> value >= 1 && value == Math.rint(value);
      case LABEL -> value == 0 || value == 1;
      case PROBABILITY -> value >= 0 && value <= 1;
      default -> value > 0;
    };
  }
}
