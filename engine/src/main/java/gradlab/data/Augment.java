package gradlab.data;

import java.util.Random;

/**
 * Seeded augmentation of one grey image (bytes, row-major): rotation about the centre with
 * bilinear interpolation (outside pixels are 0), and crops. Inputs are not modified.
 */
public final class Augment {
  private Augment() {}

  /** Rotates by {@code degrees} counter-clockwise. */
  public static byte[] rotate(byte[] img, int rows, int cols, double degrees) {
    double a = Math.toRadians(degrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    double cy = (rows - 1) / 2.0;
    double cx = (cols - 1) / 2.0;
    byte[] out = new byte[rows * cols];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < cols; x++) {
        // the source of output pixel (x, y) under the inverse rotation
        double dx = x - cx;
        double dy = y - cy;
        double sx = cos * dx - sin * dy + cx;
        double sy = sin * dx + cos * dy + cy;
        out[y * cols + x] = (byte) Math.round(bilinear(img, rows, cols, sy, sx));
      }
    }
    return out;
  }

  /** A rotation by an angle uniform in [−maxDegrees, maxDegrees]. */
  public static byte[] randomRotate(byte[] img, int rows, int cols, double maxDegrees,
      Random random) {
    return rotate(img, rows, cols, (2 * random.nextDouble() - 1) * maxDegrees);
  }

  private static double bilinear(byte[] img, int rows, int cols, double y, double x) {
    int y0 = (int) Math.floor(y);
    int x0 = (int) Math.floor(x);
    double fy = y - y0;
    double fx = x - x0;
    return (1 - fy) * ((1 - fx) * px(img, rows, cols, y0, x0) + fx * px(img, rows, cols, y0,
        x0 + 1)) + fy * ((1 - fx) * px(img, rows, cols, y0 + 1, x0) + fx * px(img, rows, cols,
        y0 + 1, x0 + 1));
  }

  private static int px(byte[] img, int rows, int cols, int y, int x) {
    return y < 0 || y >= rows || x < 0 || x >= cols ? 0 : img[y * cols + x] & 0xff;
  }

  /** The size × size window with its top-left corner at (top, left). */
  public static byte[] crop(byte[] img, int rows, int cols, int top, int left, int size) {
    if (top < 0 || left < 0 || top + size > rows || left + size > cols) {
      throw new IllegalArgumentException("crop " + size + "×" + size + " at (" + top + ", "
          + left + ") does not fit a " + rows + "×" + cols + " image");
    }
    byte[] out = new byte[size * size];
    for (int y = 0; y < size; y++) {
      System.arraycopy(img, (top + y) * cols + left, out, y * size, size);
    }
    return out;
  }

  /** A size × size window at a uniformly random position (training). */
  public static byte[] randomCrop(byte[] img, int rows, int cols, int size, Random random) {
    return crop(img, rows, cols, random.nextInt(rows - size + 1), random.nextInt(cols - size + 1),
        size);
  }

  /** The centred size × size window (test images, to match {@link #randomCrop}). */
  public static byte[] centerCrop(byte[] img, int rows, int cols, int size) {
    return crop(img, rows, cols, (rows - size) / 2, (cols - size) / 2, size);
  }
}
