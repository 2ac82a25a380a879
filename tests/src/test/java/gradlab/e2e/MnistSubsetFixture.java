package gradlab.e2e;

import gradlab.data.Mnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes src/test/resources/mnist-subset: the first 1 200 training and 400 test images of the
 * real, digest-checked MNIST, gzipped (about 0.3 MB). The quick form of the exercise-5 script
 * trains on it in the tests, so CI needs no download. Run {@code main} to regenerate it.
 */
final class MnistSubsetFixture {
  static final Path DIR = Path.of("src/test/resources/mnist-subset");
  static final int TRAIN = 1200;
  static final int TEST = 400;

  private MnistSubsetFixture() {}

  public static void main(String[] args) throws IOException {
    Mnist m = Mnist.fetchAndLoad();
    Files.createDirectories(DIR);
    m.train().first(TRAIN).save(DIR, "train");
    m.test().first(TEST).save(DIR, "t10k");
  }
}
