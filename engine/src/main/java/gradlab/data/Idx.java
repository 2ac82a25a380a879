package gradlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format (LeCun et al.): magic 0x00 0x00, type 0x08 (unsigned byte), the number of
 * dimensions, each dimension as a big-endian int, then the values. Gzipped files are read
 * transparently. Every defect is a {@link DataException} naming the file.
 */
public final class Idx {
  private Idx() {}

  public static IdxArray read(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
      return read(in, file.toString());
    } catch (IOException e) {
      throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static IdxArray read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    int magic;
    try {
      magic = in.readInt();
    } catch (EOFException e) {
      throw new DataException(name + ": too short for an IDX header");
    }
    if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != 0x08) {
      throw new DataException(String.format("%s: bad magic number 0x%08x; hint: an IDX file of "
          + "unsigned bytes starts with 0x0000080N (N dimensions)", name, magic));
    }
    int rank = magic & 0xff;
    if (rank < 1 || rank > 4) {
      throw new DataException(name + ": " + rank + " dimensions; expected 1 to 4");
    }
    int[] dims = new int[rank];
    long size = 1;
    for (int i = 0; i < rank; i++) {
      try {
        dims[i] = in.readInt();
      } catch (EOFException e) {
        throw new DataException(name + ": truncated in its header (dimension " + (i + 1) + ")");
      }
      if (dims[i] < 0) {
        throw new DataException(name + ": negative dimension " + dims[i]);
      }
      size *= dims[i];
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new DataException(name + ": " + size + " values are too many for one array");
    }
    byte[] data = new byte[(int) size];
    int read = in.readNBytes(data, 0, data.length);
    if (read != data.length) {
      throw new DataException(name + ": truncated: the header promises " + size
          + " values but only " + read + " follow");
    }
    if (in.read() != -1) {
      throw new DataException(name + ": " + size + " values expected, but the file goes on");
    }
    return new IdxArray(dims, data);
  }
}
