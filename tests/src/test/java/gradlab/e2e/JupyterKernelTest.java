package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter runs it: installed by {@code ./gradlab jupyter install} into a temporary
 * JUPYTER_DATA_DIR (never the user's), then driven by jupyter_client from
 * {@code resources/jupyter/kernel_protocol.py} (Debian's python3-jupyter-client, which
 * {@code ./gradlab test} installs where missing).
 */
@Timeout(600)
class JupyterKernelTest {
  private static final String PYTHON = "/usr/bin/python3";

  static boolean jupyterClientAvailable() {
    try {
      return new ProcessBuilder(PYTHON, "-c", "import jupyter_client").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  static Map<String, String> isolated(Path dataDir) {
    Map<String, String> env = new HashMap<>();
    env.put("JUPYTER_DATA_DIR", dataDir.toString());
    env.put("GRADLAB_HOME", dataDir.resolve("home").toString());
    return env;
  }

  @Test
  void kernelAnswersTheProtocolThroughItsInstalledKernelspec(@TempDir Path dir) throws Exception {
    assumeTrue(jupyterClientAvailable(), "jupyter_client is not installed");
    Path data = dir.resolve("jupyter");
    LauncherTest.Result installed = LauncherTest.gradlab(isolated(data), "jupyter", "install");
    assertThat(installed.exit()).as(installed.stderr()).isZero();
    assertThat(installed.stdout()).contains("installed the gradlab kernel in " + data);
    String spec = Files.readString(data.resolve("kernels/gradlab/kernel.json"));
    assertThat(spec).contains(ScriptOutputs.ROOT.resolve("gradlab").toString())
        .contains("\"JAVA_HOME\"").contains("\"interrupt_mode\" : \"message\"");

    Path script = Path.of("src/test/resources/jupyter/kernel_protocol.py").toAbsolutePath();
    Path work = Files.createDirectories(dir.resolve("work"));
    ProcessBuilder pb = new ProcessBuilder(PYTHON, "-u", script.toString(),
        dir.resolve("kernel.log").toString()).directory(work.toFile())
        .redirectErrorStream(true);
    pb.environment().putAll(isolated(data));
    pb.environment().put("XDG_CACHE_HOME", ScriptOutputs.ROOT.resolve("tests/target/cache")
        .toString());
    pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    // to a file, not a pipe: a kernel left running would hold a pipe open and the read would
    // never end; the wait is bounded instead
    Path log = dir.resolve("protocol.out");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    boolean ended = p.waitFor(540, TimeUnit.SECONDS);
    if (!ended) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as(out).isTrue();
    assertThat(out).as(out).doesNotContain("FAIL:").contains(
        "ok: shutdown leaves no process behind");
    assertThat(p.exitValue()).as(out).isZero();

    LauncherTest.Result removed = LauncherTest.gradlab(isolated(data), "jupyter", "uninstall");
    assertThat(removed.exit()).as(removed.stderr()).isZero();
    assertThat(data.resolve("kernels/gradlab")).doesNotExist();
  }

  @Test
  void installWithoutJupyterNamesTheDebianPackages(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("bash", "dirname", "cat", "find", "mkdir", "sed", "grep",
        "readlink", "head", "touch", "rm", "mktemp", "env")) {
      Path real = Path.of("/usr/bin", tool);
      if (Files.exists(real)) {
        Files.createSymbolicLink(bin.resolve(tool), real);
      }
    }
    Map<String, String> env = isolated(dir.resolve("jupyter"));
    env.put("PATH", bin.toString());
    LauncherTest.Result r = LauncherTest.gradlab(env, "jupyter", "install");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stderr().strip()).isEqualTo("error: Jupyter is not installed (no 'jupyter' "
        + "command on the PATH); install Debian's python3-jupyter-client jupyter-notebook: sudo "
        + "apt-get install python3-jupyter-client jupyter-notebook");
  }

  @Test
  void installIntoAReadOnlyDataFolderSaysPermissionDenied(@TempDir Path dir) throws Exception {
    assumeTrue(jupyterClientAvailable(), "jupyter_client is not installed");
    Path data = Files.createDirectories(dir.resolve("readonly"));
    data.toFile().setWritable(false, false);
    if (Files.isWritable(data)) { // root writes anywhere, but cannot make folders under /sys
      data = Path.of("/sys/fs/gradlab-test-" + ProcessHandle.current().pid());
    }
    LauncherTest.Result r = LauncherTest.gradlab(isolated(data), "jupyter", "install");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stderr()).startsWith("error: permission denied writing the kernelspec");
    assertThat(r.stderr().strip().lines()).hasSize(1);
  }
}
