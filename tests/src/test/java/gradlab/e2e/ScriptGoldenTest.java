package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every script under scripts/ against its golden output in src/test/resources/golden. The golden
 * files are written by the scripts themselves and reviewed: regenerate them with
 * {@code -Dgolden.update=true} and read the diff.
 */
@Timeout(600)
class ScriptGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> scriptsPrintTheirReviewedOutput() {
    return ScriptOutputs.all().stream().map(script -> DynamicTest.dynamicTest(
        ScriptOutputs.SCRIPTS.relativize(script).toString(), () -> check(script)));
  }

  private static void check(Path script) throws Exception {
    ScriptOutputs.Output out = ScriptOutputs.of(script);
    assertThat(out.failure()).as("script failure").isEmpty();
    String rel = ScriptOutputs.SCRIPTS.relativize(script).toString();
    Path golden = GOLDEN.resolve(rel.replaceAll("\\.(jsh|py|js)$", "") + "."
        + rel.substring(rel.lastIndexOf('.') + 1) + ".out");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, out.stdout(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(out.stdout()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
