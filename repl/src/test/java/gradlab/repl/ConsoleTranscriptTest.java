package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A console session against its reviewed transcript (transcripts/NAME.out, written by the
 * console itself; regenerate with -Dgolden.update=true and read the diff).
 */
@Timeout(120)
class ConsoleTranscriptTest {
  private static final Path DIR = Path.of("src/test/resources/transcripts");

  @Test
  void basicsSessionMatchesItsTranscript() throws Exception {
    byte[] input = Files.readAllBytes(DIR.resolve("basics.in"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults());
        Console console = Console.overStreams(new ByteArrayInputStream(input), out, engine,
            null)) {
      assertThat(console.run()).isZero();
    }
    String transcript = out.toString(StandardCharsets.UTF_8);
    Path golden = DIR.resolve("basics.out");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, transcript, StandardCharsets.UTF_8);
    }
    assertThat(transcript).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
