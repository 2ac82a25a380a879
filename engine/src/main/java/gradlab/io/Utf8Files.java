package gradlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text files read as strict UTF-8. Stateless and thread-safe. */
public final class Utf8Files {
  private Utf8Files() {}

  /**
   * The file's text.
   *
   * @throws NotUtf8Exception when a byte sequence is not UTF-8, naming the file and the byte
   * @throws IOException when the file cannot be read
   */
  public static String read(Path file) throws IOException {
    return decode(file.toString(), Files.readAllBytes(file));
  }

  /**
   * The bytes as UTF-8 text (a leading byte-order mark is kept, as {@code Files.readString}
   * does).
   *
   * @param name what the error names, usually the file's path
   * @throws NotUtf8Exception at the first byte that does not start or continue a UTF-8 sequence
   */
  public static String decode(String name, byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw new NotUtf8Exception(name, in.position());
    }
    d.flush(out);
    return out.flip().toString();
  }
}
