package gradlab.verdict;

import java.util.List;
import java.util.Locale;

/**
 * The sentences of the exercise-5 MNIST experiment (scripts/ps3-cnn/5-mnist-cnn.jsh), each
 * decided by {@link Difference} from the figures it is given: differences of mean test accuracy
 * in percentage points, and their noise margins (twice the standard error of the difference).
 * Effects are "augmented minus plain": negative means augmentation lowered accuracy.
 */
public final class MnistExperiment {
  private MnistExperiment() {}

  /** "reaches" or "MISSES" the target accuracy (fractions, e.g. 0.985). */
  public static String target(double accuracy, double target) {
    return (accuracy >= target ? "reaches" : "MISSES") + String.format(Locale.ROOT,
        " the %.1f %% target", 100 * target);
  }

  /**
   * Part (b): the same number of steps on {@code small} examples repeated and on {@code large}
   * examples seen fewer times; {@code gain} = mean accuracy(large) − mean accuracy(small).
   */
  public static List<String> newVersusRepeated(int small, int large, double gain,
      double margin) {
    return switch (Difference.of(gain, margin)) {
      case HIGHER -> List.of(
          "New examples did better than repeated ones at the same number of steps, as expected if",
          "another pass over an image the network has seen teaches it less than a new image.");
      case LOWER -> List.of(String.format(Locale.ROOT, "Here the %d repeated examples did better "
          + "than %d new ones; these runs do not show why", small, large),
          "(one possible reading: at this number of steps the small subset was not yet learnt).");
      case WITHIN_NOISE -> List.of(String.format(Locale.ROOT, "The difference is within the "
          + "seed-to-seed noise: at this number of steps, repeating %d examples", small),
          String.format(Locale.ROOT, "is about as good as seeing %d.", large));
    };
  }

  /**
   * Part (c) by subset size: does augmentation do relatively more for the smallest, most
   * repeated subset than for the largest? {@code margin} is the noise of
   * {@code smallEffect − largeEffect}.
   */
  public static List<String> augmentationBySize(double smallEffect, double largeEffect,
      double margin) {
    String figures = String.format(Locale.ROOT, "(%+.2f against %+.2f points, noise ±%.2f)",
        smallEffect, largeEffect, margin);
    return switch (Difference.of(smallEffect - largeEffect, margin)) {
      case HIGHER -> List.of(
          "Its effect is more favourable for the smallest, most repeated subset than for the "
              + "largest",
          figures + ": " + sided(smallEffect, largeEffect, "smallest", "largest") + ";",
          "as expected if rotated, shifted copies partly stand in for new images.");
      case LOWER -> List.of(
          "Its effect is more favourable for the largest subset than for the smallest, most "
              + "repeated one",
          figures + ": " + sided(largeEffect, smallEffect, "largest", "smallest") + ";",
          "so here it does not act as a remedy for repeated examples.");
      case WITHIN_NOISE -> List.of(
          "Its effect on the smallest and on the largest subset differs by no more than the "
              + "noise",
          figures + ", so these runs do not show it acting as a remedy for repeated examples.");
    };
  }

  /** Part (c) over all subsets: the mean effect against its noise, at {@code steps} per run. */
  public static List<String> augmentationOverall(double effect, double margin, long steps) {
    return switch (Difference.of(effect, margin)) {
      case HIGHER -> List.of(String.format(Locale.ROOT, "It raises accuracy at this budget (%d "
          + "steps per run): the network sees more variety for the same number of steps.", steps));
      case LOWER -> List.of(String.format(Locale.ROOT, "It lowers accuracy at this budget (%d "
          + "steps per run). Possible reasons, not tested by these runs: it trains on", steps),
          "rotated, off-centre crops but is tested on centred ones, and harder images may need "
          + "more steps.");
      case WITHIN_NOISE -> List.of(String.format(Locale.ROOT, "Its mean effect is within the "
          + "noise at this budget (%d steps per run).", steps));
    };
  }

  /** "it helps A most", "it costs A least", … for effects {@code better} &gt; {@code worse}. */
  static String sided(double better, double worse, String betterName, String worseName) {
    if (worse >= 0) {
      return "it helps the " + betterName + " subset most";
    }
    if (better <= 0) {
      return "it costs the " + betterName + " subset least and the " + worseName + " most";
    }
    return "it helps the " + betterName + " subset and costs the " + worseName;
  }
}
