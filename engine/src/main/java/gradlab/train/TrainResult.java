package gradlab.train;

import java.util.List;

/**
 * The outcome of one run.
 *
 * @param testAccuracy fraction of test images classified correctly after training
 * @param epochLoss mean training loss of each epoch
 * @param steps optimiser steps taken
 * @param examples training examples processed (steps · batch)
 * @param trainSeconds wall time of the training loop (batch preparation included, test excluded)
 */
public record TrainResult(double testAccuracy, List<Double> epochLoss, long steps, long examples,
    double trainSeconds) {
  public TrainResult {
    epochLoss = List.copyOf(epochLoss);
  }

  /** Training throughput, examples per second. */
  public double examplesPerSecond() {
    return examples / trainSeconds;
  }
}
