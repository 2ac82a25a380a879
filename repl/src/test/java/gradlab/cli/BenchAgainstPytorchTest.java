package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.cli.PytorchComparison.Configuration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench mnist --against pytorch} without PyTorch: the parsing of the script's lines, the
 * report with made-up rates, the alternation, and the command with a stub in place of Python.
 */
@Timeout(300)
class BenchAgainstPytorchTest {
  private static final String SCRIPT_OUTPUT = """
      torch 1.13.0a0, 2 cores, batch 64, median of 1 x 300 steps
      training 28x28, 2 thread(s): 10553 examples/s (range 10553-10553)
      training 24x24 (centre crop), 2 thread(s): 22389 examples/s (range 22389-22389)
      training 24x24 (rotation + random crop), 2 thread(s): 13954 examples/s (range 13954-13954)
      """;

  @TempDir
  Path dir;

  @Test
  void parseReadsTheRateOfEveryConfiguration() {
    assertThat(PytorchComparison.parse(SCRIPT_OUTPUT)).containsExactlyInAnyOrderEntriesOf(Map.of(
        Configuration.FULL, 10553.0, Configuration.CENTRE_CROP, 22389.0,
        Configuration.ROTATION_CROP, 13954.0));
  }

  @Test
  void parseNamesTheConfigurationThatIsMissing() {
    assertThatThrownBy(() -> PytorchComparison.parse(SCRIPT_OUTPUT.lines()
        .filter(l -> !l.contains("rotation")).reduce("", (a, b) -> a + b + "\n")))
        .hasMessageContaining("no rate for 24x24 (rotation + random crop)");
  }

  /** The quiet-machine figures: slower in every round of the centre crop. */
  @Test
  void reportShowsEveryRoundTheRatioRangeAndASlowerVerdict() {
    List<String> lines = PytorchComparison.report(Configuration.CENTRE_CROP,
        new double[] {20_657, 20_683, 20_474}, new double[] {22_389, 24_434, 23_203});
    assertThat(lines.get(2)).contains("20657").contains("20683").contains("20474")
        .contains("spread 1 %");
    assertThat(lines.get(3)).contains("22389").contains("24434").contains("23203");
    assertThat(lines.get(4)).contains("range 0.85–0.92");
    assertThat(lines.get(5)).isEqualTo("  gradlab ≥ 1.08× slower than PyTorch in every round");
  }

  @Test
  void reportWithholdsTheVerdictWhenOneSideSpreadsOverFifteenPercent() {
    List<String> lines = PytorchComparison.report(Configuration.FULL,
        new double[] {10_436, 10_789, 10_450}, new double[] {10_553, 11_062, 9_192});
    assertThat(lines.get(4)).contains("range 0.98–1.14");
    assertThat(lines.get(5)).startsWith("  no verdict: the machine was too noisy (PyTorch's");
  }

  @Test
  void sidesAlternateRoundByRound() {
    List<String> calls = new ArrayList<>();
    PytorchComparison.Side g = fake("gradlab", 15_000, calls);
    PytorchComparison.Side p = fake("PyTorch", 10_000, calls);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PytorchComparison.run(0, 3, g, p, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(calls).containsExactly("gradlab 0", "PyTorch 0", "gradlab 1", "PyTorch 1",
        "gradlab 2", "PyTorch 2");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("gradlab ≥ 1.50× faster than PyTorch in every round");
  }

  /** Warm-up rounds alternate like the others, are printed as such and enter no ratio. */
  @Test
  void warmUpRoundsRunOnBothSidesFirstAndAreNotCounted() {
    List<String> calls = new ArrayList<>();
    // round 0 (the warm-up) is three times slower on the PyTorch side only
    PytorchComparison.Side g = fake("gradlab", 15_000, calls);
    PytorchComparison.Side p = round -> {
      calls.add("PyTorch " + round);
      Map<Configuration, Double> m = new EnumMap<>(Configuration.class);
      for (Configuration c : Configuration.values()) {
        m.put(c, round == 0 ? 3_000.0 : 10_000.0);
      }
      return m;
    };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PytorchComparison.run(1, 2, g, p, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(calls).containsExactly("gradlab 0", "PyTorch 0", "gradlab 1", "PyTorch 1",
        "gradlab 2", "PyTorch 2");
    assertThat(out).contains("warm-up round 1 of 1 (not counted), examples/s, gradlab / "
        + "PyTorch:  28×28 15000 / 3000").contains("round 1 of 2").contains("round 2 of 2")
        .doesNotContain("round 3").doesNotContain("5.00")
        .contains("   10000   10000   examples/s, spread 0 %");
  }

  @Test
  void aNegativeWarmUpIsOneLineWithAHint() {
    MainRun r = MainRun.of("bench", "mnist", "--against", "pytorch", "--warmup", "-1");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).doesNotContain("\n").contains("--warmup -1: must be 0 or more")
        .contains("hint:");
  }

  @Test
  void aMissingPythonIsOneLineNamingTheDebianPackage() {
    MainRun r = MainRun.of("bench", "mnist", "--against", "pytorch", "--python",
        dir.resolve("no-such-python3").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).doesNotContain("\n").contains("cannot run")
        .contains("python3-torch").doesNotContain("\tat ");
  }

  @Test
  void aPythonWithoutTorchIsOneLineNamingTheDebianPackage() throws IOException {
    Path stub = stub("no-torch", "echo \"error: python3 cannot import torch; hint: install "
        + "Debian's python3-torch (apt-get install python3-torch)\" >&2; exit 1");
    MainRun r = MainRun.of("bench", "mnist", "--against", "pytorch", "--python", stub.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).doesNotContain("\n").contains("cannot import torch")
        .contains("python3-torch");
  }

  @Test
  void anUnknownComparisonIsRefused() {
    MainRun r = MainRun.of("bench", "mnist", "--against", "tensorflow");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("--against tensorflow: unknown");
  }

  /** End to end on the committed MNIST subset, with a stub that prints PyTorch's lines. */
  @Test
  void theCommandAlternatesWithTheScriptAndPrintsARatioPerConfiguration() throws IOException {
    Path subset = Path.of("../tests/src/test/resources/mnist-subset");
    assertThat(subset).isDirectory();
    Path stub = stub("fake-python", "cat <<'END'\n" + SCRIPT_OUTPUT + "END\n");
    MainRun r = MainRun.of("bench", "mnist", "--against", "pytorch", "--python", stub.toString(), "--rounds",
        "2", "--steps", "2", "--data", subset.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("--warmup 1 --rounds 2 --steps 2")
        .contains("1 warm-up round first on both sides, not counted")
        .contains("warm-up round 1 of 1 (not counted), examples/s, gradlab / PyTorch:")
        .contains("round 2 of 2, examples/s, gradlab / PyTorch:").contains(" / 13954")
        .contains("28×28").contains("24×24 centre crop").contains("24×24 rotation + crop")
        .contains("   10553   10553   examples/s").contains("gradlab / PyTorch, range ");
  }

  private Path stub(String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private static PytorchComparison.Side fake(String name, double rate, List<String> calls) {
    return round -> {
      calls.add(name + " " + round);
      Map<Configuration, Double> m = new EnumMap<>(Configuration.class);
      for (Configuration c : Configuration.values()) {
        m.put(c, rate * (1 + 0.01 * round));
      }
      return m;
    };
  }
}
