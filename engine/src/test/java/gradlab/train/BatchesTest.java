package gradlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradlab.data.ImageSet;
import gradlab.tensor.Tensor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BatchesTest {

  @Test
  void pixelsAreNormalisedWithMnistsMeanAndDeviation() {
    ImageSet set = TrainerTest.bars(4, 1);
    int[] order = {2, 0};
    Tensor x = Batches.images(set, order, 0, 2, new ImageTransform.Identity(), 1);
    assertThat(x.shape().dims()).containsExactly(2, 1, 28, 28);
    int p = 5 * 28 + 7;
    double expected = ((set.image(2)[p] & 0xff) / 255.0 - Batches.MEAN) / Batches.STD;
    assertThat(x.at(p)).isCloseTo(expected, within(1e-6));
    assertThat(Batches.labels(set, order, 0, 2).at(1)).isEqualTo(set.label(0));
  }

  @Test
  void augmentedBatchesDependOnTheSeedAndPositionOnly() {
    ImageSet set = TrainerTest.bars(40, 2);
    int[] order = java.util.stream.IntStream.range(0, 40).toArray();
    ImageTransform aug = new ImageTransform.RotateAndCrop(15, 24);
    Tensor a = Batches.images(set, order, 0, 40, aug, 7);
    Tensor b = Batches.images(set, order, 0, 40, aug, 7);
    Tensor c = Batches.images(set, order, 0, 40, aug, 8);
    assertThat(a.shape().dims()).containsExactly(40, 1, 24, 24);
    assertThat(a.toDoubleArray()).containsExactly(b.toDoubleArray());
    assertThat(a.toDoubleArray()).isNotEqualTo(c.toDoubleArray());
  }

  @Test
  void theProgressLineShowsRateLossAndTimeLeft() {
    String line = ProgressBar.line("run", 500, 1000, 0.25, 2.0);
    assertThat(line).contains(" 50%").contains("500/1000").contains("250 ex/s")
        .contains("loss 0.2500").contains("ETA 2.0s");
    assertThat(ProgressBar.line("run", 1000, 1000, 0.1, 4.0)).contains("100%")
        .contains("took 4.0s");
    assertThat(ProgressBar.duration(187)).isEqualTo("3m07s");
  }
}
