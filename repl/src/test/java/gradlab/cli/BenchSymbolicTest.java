package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.cli.SymbolicComparison.Task;
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
 * {@code bench symbolic} without SymPy: the parsing of the script's lines, the report with
 * made-up times on both sides of each goal, the alternation, and the command with a stub.
 */
@Timeout(300)
class BenchSymbolicTest {
  private static final String SCRIPT_OUTPUT = """
      version 1.14.0
      nested-dC/db1 163.2
      nested-gradient 1480.5
      sin4-10th 21582.0
      sigma-depth20 1234.0
      """;

  @TempDir
  Path dir;

  @Test
  void parseReadsEveryTaskAndGivesTheDefinitionsTaskSymPysNestedGradient() {
    Map<Task, Double> ms = SymbolicComparison.parse(SCRIPT_OUTPUT);
    assertThat(ms).containsEntry(Task.NESTED_DB1, 163.2).containsEntry(Task.SIN4_10TH, 21582.0)
        .containsEntry(Task.DEFINITIONS_GRADIENT, 1480.5).hasSize(Task.values().length);
  }

  @Test
  void parseNamesTheTaskThatIsMissing() {
    assertThatThrownBy(() -> SymbolicComparison.parse(SCRIPT_OUTPUT.replace("sin4-10th", "x")))
        .hasMessageContaining("no time for sin4-10th");
  }

  @Test
  void reportShowsEveryRoundTheRangeAndTheGoalsMet() {
    List<String> lines = SymbolicComparison.report(Task.SIN4_10TH, new double[] {9.5, 9.9},
        new double[] {21_000, 22_000});
    assertThat(lines.get(2)).contains("9.5").contains("9.9");
    assertThat(lines.get(4)).contains("SymPy / gradlab, range 2210–2222×");
    assertThat(lines.get(5)).isEqualTo("  gradlab ≥ 2210.52× faster than SymPy in every round");
    assertThat(lines.get(6)).isEqualTo("  goal ≥ 10× faster: met in every round (lowest ratio "
        + "2210×)");
    assertThat(lines.get(7)).isEqualTo("  goal ≤ 10 ms: met in every round (slowest 9.9 ms)");
  }

  @Test
  void reportSaysAGoalMissedInOneRoundIsNotMet() {
    List<String> lines = SymbolicComparison.report(Task.SIN4_10TH, new double[] {9.5, 11},
        new double[] {100, 105});
    assertThat(lines.get(6)).isEqualTo("  goal ≥ 10× faster: NOT met (9.54× in round 2)");
    assertThat(lines.get(7)).isEqualTo("  goal ≤ 10 ms: NOT met (11 ms in round 2)");
  }

  @Test
  void sidesAlternateRoundByRound() {
    List<String> calls = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SymbolicComparison.run(2, fake("gradlab", 1, calls), fake("SymPy", 100, calls),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(calls).containsExactly("gradlab 0", "SymPy 0", "gradlab 1", "SymPy 1");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("gradlab ≥ 100.00× faster than SymPy in every round");
  }

  @Test
  void aMissingPythonIsOneLine() {
    MainRun r = MainRun.of("bench", "symbolic", "--rounds", "1", "--repeats", "1", "--python",
        dir.resolve("no-such-python3").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).doesNotContain("\n").contains("not runnable")
        .contains("python3-sympy").doesNotContain("\tat ");
  }

  /** End to end: gradlab's real tasks, a stub that prints SymPy's lines. */
  @Test
  void theCommandAlternatesWithTheScriptAndReportsEveryTask() throws IOException {
    Path stub = dir.resolve("fake-python");
    Files.writeString(stub, "#!/bin/sh\ncat <<'END'\n" + SCRIPT_OUTPUT + "END\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    MainRun r = MainRun.of("bench", "symbolic", "--rounds", "2", "--repeats", "1", "--python",
        stub.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("--rounds 2 --repeats 1")
        .contains("round 2 of 2, ms, gradlab / SymPy:").contains(" / 21582")
        .contains("10th derivative of sin(sin(sin(sin x)))").contains("goal ≤ 10 ms: ")
        .contains("σ∘…∘σ, distinct nodes of the first derivative: depth 10: ");
  }

  private static SymbolicComparison.Side fake(String name, double ms, List<String> calls) {
    return round -> {
      calls.add(name + " " + round);
      Map<Task, Double> m = new EnumMap<>(Task.class);
      for (Task t : Task.values()) {
        m.put(t, ms);
      }
      return m;
    };
  }
}
