package gradlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AugmentTest {
  private static final byte[] DIGIT = {1, 2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void rotationByZeroIsTheIdentity() {
    assertThat(Augment.rotate(DIGIT, 3, 3, 0)).containsExactly(DIGIT);
  }

  @Test
  void quarterTurnMovesPixelsAroundTheCentre() {
    // counter-clockwise: the top row becomes the left column, read bottom-up
    assertThat(Augment.rotate(DIGIT, 3, 3, 90)).containsExactly(3, 6, 9, 2, 5, 8, 1, 4, 7);
  }

  @Test
  void bilinearRotationKeepsTheCentreAndFillsOutsideWithZero() {
    byte[] img = new byte[28 * 28];
    img[14 * 28 + 14] = (byte) 200;
    byte[] r = Augment.rotate(img, 28, 28, 30);
    assertThat(r[0]).isZero();
    assertThat(java.util.stream.IntStream.range(0, r.length).map(i -> r[i] & 0xff).sum())
        .isBetween(150, 250);
  }

  @Test
  void seededCropsRepeatAndStayInside() {
    byte[] img = new byte[28 * 28];
    for (int i = 0; i < img.length; i++) {
      img[i] = (byte) i;
    }
    byte[] a = Augment.randomCrop(img, 28, 28, 24, new Random(3));
    assertThat(a).hasSize(24 * 24).containsExactly(Augment.randomCrop(img, 28, 28, 24,
        new Random(3)));
    assertThat(Augment.centerCrop(img, 28, 28, 24)[0]).isEqualTo(img[2 * 28 + 2]);
    assertThatThrownBy(() -> Augment.crop(img, 28, 28, 5, 5, 24)).hasMessageContaining(
        "does not fit");
  }
}
