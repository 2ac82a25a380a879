package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real {@code ./gradlab} in a child process, as a person runs it. */
@Timeout(300)
class LauncherTest {

  record Result(int exit, String stdout, String stderr, boolean exitedInTime) {}

  static Result gradlab(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("bash",
        ScriptOutputs.ROOT.resolve("gradlab").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(ScriptOutputs.ROOT.toFile());
    pb.environment().put("XDG_CACHE_HOME", ScriptOutputs.ROOT.resolve("tests/target/cache")
        .toString());
    env.forEach((k, v) -> {
      if (v == null) {
        pb.environment().remove(k);
      } else {
        pb.environment().put(k, v);
      }
    });
    Process p = pb.start();
    p.getOutputStream().close();
    // Symja's thread pools would keep a JVM alive ~60 s after main; gradlab must exit at once.
    boolean inTime = p.waitFor(120, TimeUnit.SECONDS);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(inTime ? p.exitValue() : -1, out, err, inTime);
  }

  @Test
  void evalOfDerivativePrintsNamedSigmaPrime() throws Exception {
    Result r = gradlab(Map.of(), "eval", "diff(sigma(w*x+b), b)");
    assertThat(r.exitedInTime()).isTrue();
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).isEqualTo("σ′(b + w·x)\n");
    assertThat(r.stderr()).doesNotContain("SLF4J").doesNotContain("log4j").doesNotContain("WARN");
  }

  @Test
  void evalOfSeedNetworkGivesTheChainProduct() throws Exception {
    Result r = gradlab(Map.of(), "eval", "z1 = w1*x + b1; z2 = w2*sigma(z1) + b2; "
        + "z3 = w3*sigma(z2) + b3; f = w4*sigma(z3); C = (f - a)^2/2; diff(C, b1)");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).isEqualTo("(f − a)·w₄·σ′(z₃)·w₃·σ′(z₂)·w₂·σ′(z₁)\n");
  }

  @Test
  void runOfVanishingGradientScriptSucceeds() throws Exception {
    Result r = gradlab(Map.of("GRADLAB_JVM_OPTS", "-Dgradlab.out="
        + ScriptOutputs.OUT), "run", "scripts/ps1-vanishing-gradient/1c-window-width.jsh");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).contains("width = bound for W ∈ (4, 40): ✓ proved");
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void pythonScriptRunsThroughTheLauncherWithACleanStderr() throws Exception {
    Result r = gradlab(Map.of("GRADLAB_JVM_OPTS", "-Dgradlab.out=" + ScriptOutputs.OUT), "run",
        "scripts/learning-python/learning-python.py");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).contains("(a) drew");
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void failingScriptExitsNonZeroWithFileAndLine() throws Exception {
    java.nio.file.Path bad = ScriptOutputs.ROOT.resolve("tests/target/bad-line-2.jsh");
    java.nio.file.Files.writeString(bad, "int ok = 1;\nthrow new IllegalStateException(\"boom\");\n");
    Result r = gradlab(Map.of(), "run", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stderr()).contains("bad-line-2.jsh:2: IllegalStateException: boom")
        .doesNotContain("\tat ");
  }

  @Test
  void missingJdkIsReportedInOneClearLine() throws Exception {
    Result r = gradlab(java.util.Collections.singletonMap("JAVA_HOME", null), "--version");
    assertThat(r.exit()).isZero();
    Map<String, String> none = new java.util.HashMap<>();
    none.put("JAVA_HOME", null);
    none.put("GRADLAB_JVM_ROOTS", "/nonexistent");
    none.put("PATH", noJavaDir());
    Result missing = gradlab(none, "--version");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.stderr()).startsWith("gradlab: no JDK 21 or newer found")
        .contains("Install one");
  }

  /** A directory with bash's helpers but no java, standing in for /usr/bin. */
  private static String noJavaDir() throws IOException {
    java.nio.file.Path dir = ScriptOutputs.ROOT.resolve("tests/target/nojava-bin");
    java.nio.file.Files.createDirectories(dir);
    for (String tool : List.of("dirname", "readlink", "sed", "head", "find", "cat", "mkdir",
        "env", "printf")) {
      java.nio.file.Path link = dir.resolve(tool);
      java.nio.file.Path target = java.nio.file.Path.of("/usr/bin", tool);
      if (!java.nio.file.Files.exists(link) && java.nio.file.Files.exists(target)) {
        java.nio.file.Files.createSymbolicLink(link, target);
      }
    }
    return dir.toString();
  }

  @Test
  void versionAndHelpWork() throws Exception {
    assertThat(gradlab(Map.of(), "--version").stdout()).startsWith("gradlab 0.1.0");
    assertThat(gradlab(Map.of(), "--help").stdout()).contains("run").contains("eval");
  }
}
