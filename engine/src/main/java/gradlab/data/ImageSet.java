package gradlab.data;

import java.util.Arrays;

/**
 * Grey images with labels, one unsigned byte per pixel (the full MNIST training set is 47 MB).
 *
 * @param pixels count × rows × cols bytes, row-major
 * @param labels count class labels
 * @param rows image height
 * @param cols image width
 */
public record ImageSet(byte[] pixels, byte[] labels, int rows, int cols) {
  public ImageSet {
    if (labels.length * rows * cols != pixels.length) {
      throw new DataException(labels.length + " labels but " + pixels.length / Math.max(1,
          rows * cols) + " images of " + rows + "×" + cols + "; hint: the image and label "
          + "files must belong together");
    }
  }

  /** Pairs an images file [n, rows, cols] with a labels file [n]. */
  public static ImageSet of(IdxArray images, IdxArray labels) {
    int[] d = images.dims();
    if (d.length != 3 || labels.dims().length != 1 || d[0] != labels.count()) {
      throw new DataException("images " + Arrays.toString(d) + " and labels "
          + Arrays.toString(labels.dims()) + " do not match; hint: images [n, rows, cols], "
          + "labels [n] with the same n");
    }
    return new ImageSet(images.data(), labels.data(), d[1], d[2]);
  }

  public int count() {
    return labels.length;
  }

  public int label(int i) {
    return labels[i] & 0xff;
  }

  /** Image i as rows·cols bytes (a copy). */
  public byte[] image(int i) {
    return Arrays.copyOfRange(pixels, i * rows * cols, (i + 1) * rows * cols);
  }

  /**
   * Writes the images and labels as two IDX files ({@code prefix-images-idx3-ubyte.gz} and
   * {@code prefix-labels-idx1-ubyte.gz}, the names {@link Mnist#load} looks for) into dir.
   */
  public void save(java.nio.file.Path dir, String prefix) {
    Idx.write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), new IdxArray(new int[] {count(),
        rows, cols}, pixels));
    Idx.write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), new IdxArray(new int[] {count()},
        labels));
  }

  /** The first n images, e.g. the 10 000-example subset of the exercise. */
  public ImageSet first(int n) {
    if (n < 0 || n > count()) {
      throw new IllegalArgumentException("first(" + n + ") of " + count() + " images");
    }
    return new ImageSet(Arrays.copyOf(pixels, n * rows * cols), Arrays.copyOf(labels, n), rows,
        cols);
  }
}
