package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Thousands of random and adversarial lines; afterwards the console still answers 1+1. */
@Timeout(300)
class ConsoleFuzzTest {
  private static final List<String> ADVERSARIAL = List.of(")))", "]]", "}", "1 +", "* 2",
      "diff(", "2^2^2^2^2", "10^10^5", "Expand((x+y)^400)", "f(f(f(f(f(f(f(f(x))))))))",
      "\uFFFF\uD800", "σ′′′(z₃", "1/0", "0^0", "Infinity - Infinity", "x := ",
      "throw new RuntimeException(\"boom\");", "int[] a = new int[-1];",
      "while (true) { }", "Object o = null; o.hashCode();", ":load /nonexistent", ":timeout -",
      ":check = =", ":audit", ":plot x", "?", "???", "\t", "$1 + $2", "D[x, x, x, x]",
      "sigma(" + "(".repeat(0) + "x" + ")".repeat(1) + ")");

  private static String line(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> ADVERSARIAL.get(r.nextInt(ADVERSARIAL.size()));
      case 1 -> "x".repeat(1 + r.nextInt(5000)) + "+1";
      case 2 -> "(".repeat(r.nextInt(40)) + "x" + ")".repeat(r.nextInt(40));
      case 3 -> {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(30); i++) {
          b.append((char) (32 + r.nextInt(95)));
        }
        yield b.toString();
      }
      default -> "sin(x)^" + r.nextInt(50) + " + " + r.nextInt(1000);
    };
  }

  @Test
  void consoleSurvivesAdversarialInputAndStillAnswers() {
    Random r = new Random(2026);
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      // close any brackets a line left open, so that the next line starts a new entry
      String l = line(r).replace("\n", " ");
      int open = ConsoleParser.openBrackets(l);
      input.append(l).append(")".repeat(Math.max(0, open))).append("\n");
    }
    input.append("1+1\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults().withTimeLimit(
        Duration.ofSeconds(1)));
        Console console = Console.overStreams(new ByteArrayInputStream(input.toString()
            .getBytes(StandardCharsets.UTF_8)), out, engine, null)) {
      assertThat(console.run()).isZero();
    }
    String transcript = out.toString(StandardCharsets.UTF_8);
    assertThat(transcript.strip()).endsWith("gradlab>");
    String[] lines = transcript.strip().split("\n");
    assertThat(lines[lines.length - 2]).matches("gradlab> \\$[0-9]+ = 2");
  }
}
