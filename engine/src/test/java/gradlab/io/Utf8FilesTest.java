package gradlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class Utf8FilesTest {

  @Test
  void latin1ByteIsNamedWithTheFileAndItsOffset(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1-e-acute.jsh");
    Files.write(f, new byte[] {'a', '=', '1', ';', '\n', '/', '/', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> Utf8Files.read(f)).isInstanceOf(NotUtf8Exception.class)
        .hasMessageStartingWith(f + " is not UTF-8 (byte 8)")
        .satisfies(e -> assertThat(((NotUtf8Exception) e).offset()).isEqualTo(8));
  }

  @Test
  void truncatedMultiByteSequenceAtTheEndIsNamed() {
    byte[] cut = "σ".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Utf8Files.decode("cut.md", new byte[] {'x', cut[0]}))
        .hasMessageStartingWith("cut.md is not UTF-8 (byte 1)");
  }

  @Test
  void utf8TextIsReadAsIs(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ok.md");
    Files.writeString(f, "σ′(z) = σ(z)(1 − σ(z))\n");
    assertThat(Utf8Files.read(f)).isEqualTo("σ′(z) = σ(z)(1 − σ(z))\n");
    assertThat(Utf8Files.decode("empty", new byte[0])).isEmpty();
  }
}
