package gradlab.train;

import gradlab.data.Augment;
import java.util.Random;

/** What happens to each byte image before it becomes a network input. Immutable. */
public sealed interface ImageTransform {

  /** The transformed image; {@code random} is this image's own seeded generator. */
  byte[] apply(byte[] image, int rows, int cols, Random random);

  /** Side length of the output for a square input of side {@code size}. */
  int outputSize(int size);

  /** The image as it is. */
  record Identity() implements ImageTransform {
    @Override
    public byte[] apply(byte[] image, int rows, int cols, Random random) {
      return image;
    }

    @Override
    public int outputSize(int size) {
      return size;
    }
  }

  /** The centred size × size window: the test-time partner of {@link RotateAndCrop}. */
  record CenterCrop(int size) implements ImageTransform {
    @Override
    public byte[] apply(byte[] image, int rows, int cols, Random random) {
      return Augment.centerCrop(image, rows, cols, size);
    }

    @Override
    public int outputSize(int in) {
      return size;
    }
  }

  /**
   * A rotation by an angle uniform in [−maxDegrees, maxDegrees] (bilinear) followed by a
   * size × size window at a uniformly random position.
   */
  record RotateAndCrop(double maxDegrees, int size) implements ImageTransform {
    @Override
    public byte[] apply(byte[] image, int rows, int cols, Random random) {
      byte[] turned = maxDegrees == 0 ? image : Augment.randomRotate(image, rows, cols,
          maxDegrees, random);
      return Augment.randomCrop(turned, rows, cols, size, random);
    }

    @Override
    public int outputSize(int in) {
      return size;
    }
  }
}
