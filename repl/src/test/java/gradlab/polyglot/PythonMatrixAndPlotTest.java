package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.lab.Lab;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python printed a 2-d tensor flat ({@code Tensor[2, 2] int64 [1, 2, 3, 4]}); it shows rows now,
 * as Java does (TensorText). Python's {@code lab.plot(expr, var, from, to)} and Java's
 * {@code Lab.plot(expr, var, from, to)} are one implementation: the same figure.
 */
@Timeout(180)
class PythonMatrixAndPlotTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private String run(Path script, String source) throws Exception {
    Files.writeString(script, source);
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertThat(PolyglotScripts.run(script, List.of(), Sandbox.strict(), p, p))
        .as(out.toString(StandardCharsets.UTF_8)).isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMatrixPrintsRowByRowAndAVectorInOneLine(@TempDir Path dir) throws Exception {
    String t = run(dir.resolve("m.py"), "print(lab.array([[1, 2], [3, 4]]))\n"
        + "print(lab.array([1.5, 2]))\n");
    assertThat(t).isEqualTo("Tensor[2, 2] int64 [[1, 2],\n [3, 4]]\n"
        + "Tensor[2] float64 [1.5, 2.0]\n");
  }

  @Test
  void pythonsPlotOfAnExpressionIsJavasPlot(@TempDir Path dir) throws Exception {
    Path py = Path.of(run(dir.resolve("p.py"), "print(lab.plot('x^2', 'x', 0, 1))\n").strip());
    Path java = Lab.plot("x^2", "x", 0, 1);
    try {
      assertThat(java.getFileName().toString()).isEqualTo("plot-x_2.png");
      assertThat(Files.readAllBytes(py)).isEqualTo(Files.readAllBytes(java));
    } finally {
      Files.deleteIfExists(py);
      Files.deleteIfExists(java);
    }
  }
}
