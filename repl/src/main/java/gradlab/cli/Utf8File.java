package gradlab.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file as strict UTF-8; a bad byte is reported with its offset. */
final class Utf8File {
  private Utf8File() {}

  /** The text of {@code file}; throws with "FILE is not UTF-8 (byte N)" at the first bad byte. */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw new IOException(file + " is not UTF-8 (byte " + in.position() + ")");
    }
    r = d.flush(out);
    if (r.isError()) {
      throw new IOException(file + " is not UTF-8 (byte " + in.position() + ")");
    }
    return out.flip().toString();
  }
}
