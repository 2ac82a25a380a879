package gradlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.autodiff.Ad;
import gradlab.data.ImageSet;
import gradlab.nn.Binding;
import gradlab.nn.Sequential;
import gradlab.tensor.Tensor;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrainerTest {

  /** Class 0: a bright bar in the top half; class 1: in the bottom half; noise elsewhere. */
  static ImageSet bars(int count, long seed) {
    Random r = new Random(seed);
    byte[] px = new byte[count * 28 * 28];
    byte[] labels = new byte[count];
    for (int i = 0; i < count; i++) {
      int label = r.nextInt(2);
      labels[i] = (byte) label;
      int row = label == 0 ? 4 + r.nextInt(8) : 16 + r.nextInt(8);
      for (int p = 0; p < 28 * 28; p++) {
        px[i * 784 + p] = (byte) r.nextInt(40);
      }
      for (int c = 4; c < 24; c++) {
        px[i * 784 + row * 28 + c] = (byte) 250;
        px[i * 784 + (row + 1) * 28 + c] = (byte) 250;
      }
    }
    return new ImageSet(px, labels, 28, 28);
  }

  @Test
  void theExerciseNetworkFlattensToExactly256ValuesFor28And24PixelInputs() {
    for (int side : new int[] {28, 24}) {
      Sequential model = MnistCnn.create(side, 1);
      Tensor x = Tensor.zeros(gradlab.tensor.DType.FLOAT32, 3, 1, side, side);
      Tensor logits = model.forward(Ad.constant(x), new Binding()).value();
      assertThat(logits.shape().dims()).containsExactly(3, 10);
      assertThat(model.parameters().get(4).value().shape().dims()).as("fc weight")
          .containsExactly(256, 10);
    }
    assertThat(MnistCnn.secondKernel(28)).isEqualTo(5);
    assertThat(MnistCnn.secondKernel(24)).isEqualTo(3);
    assertThatThrownBy(() -> MnistCnn.secondKernel(18)).hasMessageContaining("256")
        .hasMessageContaining("hint");
  }

  @Test
  void trainingLearnsASeparableTaskAndEqualExampleEpochProductsTakeEqualSteps() {
    ImageSet train = bars(640, 1);
    ImageSet test = bars(200, 2);
    ImageTransform none = new ImageTransform.Identity();
    TrainConfig c = new TrainConfig(640, 2, 32, 0.02, 0.9, 3, none, none);
    TrainResult r = Trainer.fit(MnistCnn.create(28, 3), train, test, c, Progress.none());
    assertThat(r.testAccuracy()).isGreaterThan(0.95);
    assertThat(r.steps()).isEqualTo(40).isEqualTo(c.steps());
    assertThat(r.epochLoss().get(1)).isLessThan(r.epochLoss().get(0));
    TrainConfig repeated = new TrainConfig(200, 6, 64, 0.02, 0.9, 3, none, none);
    TrainConfig fresh = new TrainConfig(600, 2, 64, 0.02, 0.9, 3, none, none);
    assertThat(repeated.steps()).isEqualTo(fresh.steps()).isEqualTo(18);
  }

  @Test
  void aRunIsReproducibleFromItsSeedWithAugmentation() {
    ImageSet train = bars(256, 4);
    ImageSet test = bars(64, 5);
    TrainConfig c = new TrainConfig(256, 1, 32, 0.02, 0.9, 9,
        new ImageTransform.RotateAndCrop(15, 24), new ImageTransform.CenterCrop(24));
    TrainResult a = Trainer.fit(MnistCnn.create(24, 9), train, test, c, Progress.none());
    TrainResult b = Trainer.fit(MnistCnn.create(24, 9), train, test, c, Progress.none());
    assertThat(a.epochLoss()).isEqualTo(b.epochLoss());
    assertThat(a.testAccuracy()).isEqualTo(b.testAccuracy());
  }

  @Test
  void badConfigurationsAreRejectedWithTheReason() {
    ImageTransform none = new ImageTransform.Identity();
    assertThatThrownBy(() -> new TrainConfig(10, 1, 64, 0.1, 0.9, 1, none, none))
        .hasMessageContaining("do not fill one batch");
    assertThatThrownBy(() -> new TrainConfig(0, 1, 64, 0.1, 0.9, 1, none, none))
        .hasMessageContaining("≥ 1");
    TrainConfig tooMany = new TrainConfig(1000, 1, 64, 0.1, 0.9, 1, none, none);
    assertThatThrownBy(() -> Trainer.fit(MnistCnn.create(28, 1), bars(100, 1), bars(10, 2),
        tooMany, Progress.none())).hasMessageContaining("has 100");
  }
}
