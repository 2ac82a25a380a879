package gradlab.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the tiny IDX fixtures in src/test/resources/idx, each named after its defect. Run
 * {@code main} to regenerate them; they are committed and reviewed like golden files.
 */
final class IdxFixtures {
  static final Path DIR = Path.of("src/test/resources/idx");

  private IdxFixtures() {}

  static byte[] idx(int rank, int[] dims, int values) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    out.writeInt(0x00000800 | rank);
    for (int d : dims) {
      out.writeInt(d);
    }
    for (int i = 0; i < values; i++) {
      out.writeByte(i * 17 % 256);
    }
    return b.toByteArray();
  }

  public static void main(String[] args) throws IOException {
    Files.createDirectories(DIR);
    write("two-images-2x3.idx", idx(3, new int[] {2, 2, 3}, 12));
    write("two-labels.idx", idx(1, new int[] {2}, 2));
    write("three-labels.idx", idx(1, new int[] {3}, 3));
    byte[] bad = idx(1, new int[] {2}, 2);
    bad[2] = 0x0d; // type 0x0d is float, not unsigned byte
    write("bad-magic.idx", bad);
    write("truncated-images.idx", idx(3, new int[] {2, 2, 3}, 7));
    byte[] header = idx(3, new int[] {2, 2, 3}, 0);
    write("truncated-header.idx", java.util.Arrays.copyOf(header, 9));
    byte[] trailing = idx(1, new int[] {2}, 3);
    write("trailing-bytes.idx", trailing);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(DIR.resolve(
        "two-images-2x3.idx.gz")))) {
      out.write(idx(3, new int[] {2, 2, 3}, 12));
    }
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Files.write(DIR.resolve(name), bytes);
  }
}
