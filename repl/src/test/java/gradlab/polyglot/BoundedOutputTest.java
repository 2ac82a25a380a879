package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A guest's print is bounded per evaluation, with one line that says so. */
class BoundedOutputTest {
  @Test
  void printPastTheLimitIsCutWithOneLineSayingSo() throws Exception {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    BoundedOutput out = new BoundedOutput(sink, 1L << 20);
    byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 48; i++) { // 3 MiB
      out.write(chunk, 0, chunk.length);
    }
    String s = sink.toString(StandardCharsets.UTF_8);
    assertThat(s).startsWith("x".repeat(1 << 20) + "\n(output truncated after 1 MB");
    assertThat(s.lines().filter(l -> l.contains("truncated"))).hasSize(1);
    assertThat(s.length()).isLessThan((1 << 20) + 200);
  }

  @Test
  void theNextEvaluationMayPrintAgain() throws Exception {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    BoundedOutput out = new BoundedOutput(sink, 4);
    out.write("abcdef".getBytes(StandardCharsets.UTF_8));
    out.resetInPlace();
    out.write("gh".getBytes(StandardCharsets.UTF_8));
    assertThat(sink.toString(StandardCharsets.UTF_8)).startsWith("abcd\n(output truncated")
        .endsWith("gh");
  }

  @Test
  void aValueShownAsTextIsCutTheSameWay() {
    assertThat(BoundedOutput.bounded("abcdef", 4)).startsWith("abcd\n(output truncated");
    assertThat(BoundedOutput.bounded("abc", 4)).isEqualTo("abc");
  }
}
