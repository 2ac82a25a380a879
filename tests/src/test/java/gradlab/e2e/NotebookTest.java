package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook under notebooks/ executed by {@code jupyter nbconvert --to notebook --execute}
 * on the kernel installed into a temporary JUPYTER_DATA_DIR; a digest of its outputs
 * ({@code resources/jupyter/notebook_digest.py}) against
 * {@code src/test/resources/golden/notebooks}. Regenerate with {@code -Dgolden.update=true}.
 */
@Timeout(900)
class NotebookTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/notebooks");
  private static final Path DIGEST = Path.of("src/test/resources/jupyter/notebook_digest.py")
      .toAbsolutePath();

  @TempDir
  static Path dir;

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> s = Files.list(ScriptOutputs.ROOT.resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  static boolean nbconvertAvailable() {
    try {
      return new ProcessBuilder("jupyter", "nbconvert", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @BeforeAll
  static void install() throws Exception {
    assumeTrue(JupyterKernelTest.jupyterClientAvailable() && nbconvertAvailable(),
        "jupyter nbconvert is not installed");
    LauncherTest.Result r = LauncherTest.gradlab(JupyterKernelTest.isolated(dir.resolve(
        "jupyter")), "jupyter", "install");
    assertThat(r.exit()).as(r.stderr()).isZero();
  }

  /** Object hashes (java.io.PrintStream@1b2c3d) differ between runs. */
  /**
   * Object addresses masked, and JShell's echoes of map and set values dropped: a Map.of or
   * Set.of iterates in an order that changes from one JVM to the next (seen: the same notebook
   * echoed {b1=1.0, b2=1.0, …} and {x2=1.0, y=1.0, …} in two runs).
   */
  static String masked(String digest) {
    return digest.replaceAll("@[0-9a-f]{1,8}\\b", "@…")
        .replaceAll("(?m)^\\s+[\\w$]+ ==> [{\\[].*\\R", "");
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void notebookExecutesToItsGoldenOutputs(Path notebook) throws Exception {
    String name = notebook.getFileName().toString().replace(".ipynb", "");
    Path work = Files.createDirectories(dir.resolve(name));
    Files.copy(notebook, work.resolve(name + ".ipynb"));
    String out = run(work, "jupyter", "nbconvert", "--to", "notebook", "--execute",
        "--ExecutePreprocessor.timeout=600", "--output", "executed.ipynb", name + ".ipynb");
    assertThat(work.resolve("executed.ipynb")).as(out).exists();
    String digest = masked(run(work, "/usr/bin/python3", DIGEST.toString(), "executed.ipynb"));
    Path golden = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, digest, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(digest).isEqualTo(masked(Files.readString(golden, StandardCharsets.UTF_8)));
  }

  private static String run(Path work, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command)))
        .directory(work.toFile()).redirectErrorStream(true);
    pb.environment().putAll(JupyterKernelTest.isolated(dir.resolve("jupyter")));
    pb.environment().putAll(Map.of("XDG_CACHE_HOME", ScriptOutputs.ROOT.resolve(
        "tests/target/cache").toString(), "PYDEVD_DISABLE_FILE_VALIDATION", "1"));
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(840, TimeUnit.SECONDS)).as(out).isTrue();
    return out;
  }
}
