package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.polyglot.BoundedOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A .jsh script's prints are bounded as a .py or .js script's are (user23). */
@Timeout(180)
class ScriptPrintBoundTest {
  @Test
  void aJshScriptPrintingMoreThanTheLimitIsCutWithOneLineSayingSo(@TempDir Path dir)
      throws Exception {
    Path script = dir.resolve("prints-twelve-mebibytes.jsh");
    Files.writeString(script, "for (int i = 0; i < 192; i++) {\n"
        + "  System.out.print(\"x\".repeat(1 << 16));\n}\n");
    MainRun r = MainRun.of("run", script.toString());
    assertThat(r.status()).isZero();
    assertThat((long) r.out().length()).isLessThanOrEqualTo(BoundedOutput.LIMIT + 200);
    assertThat(r.out()).endsWith(BoundedOutput.note(BoundedOutput.LIMIT));
  }
}
