package gradlab.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads the IDX format (LeCun et al.): magic 0x00 0x00, type 0x08 (unsigned byte), the number of
 * dimensions, each dimension as a big-endian int, then the values. Gzipped files are read
 * transparently. Every defect is a {@link DataException} naming the file.
 */
public final class Idx {
  private Idx() {}

  /**
   * Writes an IDX file of unsigned bytes, gzipped when the name ends in {@code .gz}: to a
   * temporary file first, renamed when complete, so a failed write leaves nothing behind.
   */
  public static void write(Path file, IdxArray array) {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp));
          OutputStream z = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
          DataOutputStream out = new DataOutputStream(z)) {
        int[] dims = array.dims();
        out.writeInt(0x00000800 | dims.length);
        for (int d : dims) {
          out.writeInt(d);
        }
        out.write(array.data());
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DataException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the temporary file is all that can be left, and it is named as such
      }
    }
  }

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
