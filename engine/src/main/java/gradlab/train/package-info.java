/**
 * Supervised training of image classifiers: turning byte images into normalised float32 batches
 * (with seeded augmentation), the mini-batch loop with an optimiser, test accuracy, the
 * exercise's MNIST network, and a text progress bar.
 *
 * <p>Owns: {@link gradlab.train.ImageTransform}, {@link gradlab.train.Batches},
 * {@link gradlab.train.TrainConfig}, {@link gradlab.train.Trainer},
 * {@link gradlab.train.MnistCnn}, {@link gradlab.train.Progress}. May import {@code data},
 * {@code nn}, {@code optim}, {@code autodiff}, {@code tensor} and {@code math} (the catalogue
 * names the activations); must not import
 * {@code symbolic}, {@code check}, {@code lab} or anything outside the engine.
 */
package gradlab.train;
