package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Python's tensors do arithmetic as NumPy arrays (user26 F4, F5: {@code lab.array([1, 2, 3]) * 2}
 * repeated the list; {@code t.shape} printed a Java member's name; errors named {@code
 * polyglot.ForeignObject} and {@code Value.asDouble()}); a lab call that matches no form says the
 * right one (F6). The expected values are NumPy's for the same expressions.
 */
@Timeout(180)
class PythonTensorsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private List<String> run(String name) throws Exception {
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    Optional<?> failure = PolyglotScripts.run(Path.of("src/test/resources/guest", name),
        List.of(), Sandbox.strict(), p, p);
    assertThat(failure).as(out.toString(StandardCharsets.UTF_8)).isEmpty();
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void tensorsDoArithmeticElementWiseAndBroadcastAsNumpy() throws Exception {
    List<String> lines = run("tensors-do-arithmetic-as-numpy.py");
    assertThat(lines.get(0)).isEqualTo("[2, 4, 6] [2, 4, 6] [2, 4, 6] [0, 1, 2] [0, -1, -2]");
    assertThat(lines.get(1)).isEqualTo("[0.5, 1.0, 1.5] [1, 4, 9] [-1, -2, -3] 3 3 [1, 2, 3]");
    assertThat(lines.get(2)).isEqualTo("(2, 2) 2 3 3 [[1, 3], [2, 4]] (2, 2) int64");
    assertThat(lines.get(3)).isEqualTo("[[10, 40], [30, 80]] [[10, 20], [60, 80]]");
    assertThat(lines.get(4)).isEqualTo("[[19, 22], [43, 50]] [[23, 34], [31, 46]] "
        + "[[1, 2], [3, 4]]");
    assertThat(lines.get(5)).isEqualTo("float64 Tensor[2] float64 [1.00000001E8, -9.9999999E7]"
        + " [[1, 2]] 10 1.25");
    assertThat(lines.get(6)).isEqualTo("[1, 2, 3]");
  }

  @Test
  void aFailedOperationIsAValueErrorInGradlabsWords() throws Exception {
    List<String> lines = run("tensors-do-arithmetic-as-numpy.py");
    List<String> errors = lines.subList(7, 14);
    assertThat(errors).allSatisfy(l -> assertThat(l).startsWith("ValueError: ")
        .doesNotContain("Foreign").doesNotContain("polyglot").doesNotContain("Value.")
        .doesNotContain("Exception").doesNotContain("instantiation"));
    assertThat(errors.get(0)).contains("[3]").contains("[2]");
    assertThat(errors.get(1)).contains("2 and 1");
    assertThat(errors.get(3)).contains("lab.diff('x*y', 'x')");
    assertThat(errors.get(4)).contains("lab.plot('sigma(x)', 'x', -6, 6)");
    assertThat(lines.get(14)).isEqualTo("2x 2w·x");
  }

  @Test
  void plotOfAnExpressionOverAnIntervalWritesAPng() throws Exception {
    Path script = Files.createTempDirectory("gradlab-plot").resolve("plots.py");
    Files.writeString(script, "print(lab.plot('sigma(x)', 'x', -6, 6))\n");
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertThat(PolyglotScripts.run(script, List.of(), Sandbox.strict(), p, p)).isEmpty();
    Path png = Path.of(out.toString(StandardCharsets.UTF_8).strip());
    try {
      assertThat(png.getFileName().toString()).endsWith(".png");
      assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N');
    } finally {
      Files.deleteIfExists(png);
    }
  }
}
