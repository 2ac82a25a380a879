package gradlab.data;

/**
 * The contents of an IDX file of unsigned bytes: its dimensions and the values, row-major.
 *
 * @param dims e.g. {60000, 28, 28} for images, {60000} for labels
 * @param data one byte per value (read as unsigned)
 */
public record IdxArray(int[] dims, byte[] data) {
  public IdxArray {
    dims = dims.clone();
  }

  @Override
  public int[] dims() {
    return dims.clone();
  }

  public int count() {
    return dims[0];
  }
}
