package gradlab.train;

/**
 * One training run: SGD with momentum on mini-batches drawn without replacement from a fresh
 * seeded permutation each epoch. The last partial batch of an epoch is dropped (PyTorch's
 * {@code drop_last=True}): every step sees a full batch, so runs with the same examples × epochs
 * take the same number of steps, and the images left out differ from epoch to epoch.
 *
 * @param examples how many training images to use (the first ones of the set)
 * @param epochs passes over those images
 * @param batchSize images per step
 * @param learningRate η
 * @param momentum μ in v ← μv + g, θ ← θ − ηv
 * @param seed seeds the permutations and the augmentation
 * @param train the transform of training images (augmentation)
 * @param test the transform of test images
 */
public record TrainConfig(int examples, int epochs, int batchSize, double learningRate,
    double momentum, long seed, ImageTransform train, ImageTransform test) {
  public TrainConfig {
    if (examples < 1 || epochs < 1 || batchSize < 1) {
      throw new IllegalArgumentException("train: examples, epochs and batch size must be ≥ 1, "
          + "got " + examples + ", " + epochs + ", " + batchSize);
    }
    if (examples < batchSize) {
      throw new IllegalArgumentException("train: " + examples + " examples do not fill one "
          + "batch of " + batchSize + "; hint: use a smaller batch");
    }
  }

  /** Steps per run: epochs · ⌊examples / batchSize⌋. */
  public long steps() {
    return (long) epochs * (examples / batchSize);
  }
}
