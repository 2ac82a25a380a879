package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./gradlab --timeout N run FILE} stops an endless loop in every script language. */
@Timeout(600)
class RunTimeLimitTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "loop.py  | x = 0\\nwhile True:\\n    x += 1\\n | 1",
      "loop.js  | let x = 0;\\nwhile (true) { x++; }\\n | 1",
      "loop.jsh | long x = 0;\\nwhile (true) { x++; }\\n | 124"})
  void endlessLoopStopsAtTheTimeLimit(String name, String code, int status) throws Exception {
    Path script = dir.resolve(name);
    Files.writeString(script, code.replace("\\n", "\n"));
    LauncherTest.Result r = LauncherTest.gradlab(Map.of(), "--timeout", "3", "run",
        script.toString());
    assertThat(r.exitedInTime()).as(r.stderr()).isTrue();
    assertThat(r.exit()).as(r.stderr()).isEqualTo(status);
    assertThat(r.stderr()).contains("time limit of 3 s").contains("--timeout")
        .doesNotContain("Exception").doesNotContain(":0:").doesNotContain(":1:");
  }
}
