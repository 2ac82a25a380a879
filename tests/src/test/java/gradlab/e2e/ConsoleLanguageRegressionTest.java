package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression file of the math language (every example of issue 11 and what new users typed,
 * with its right answer) typed into the real console, {@code ./gradlab}, one session reset
 * before each example: the console must give the answer {@code ./gradlab eval} gives.
 */
@Timeout(300)
class ConsoleLanguageRegressionTest {
  private static final Path EXAMPLES = ScriptOutputs.ROOT.resolve(
      "engine/src/test/resources/gradlab/lab/issue-11-examples.txt");
  private static final String ARROW = " ⟹ ";
  private static final String PROMPT = "gradlab> ";

  @TempDir
  Path home;

  @Test
  void everyRegressionExampleGivesTheRightAnswerInTheConsole() throws Exception {
    List<String> examples = Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    StringBuilder typed = new StringBuilder();
    for (String e : examples) {
      typed.append(":reset\n").append(e, 0, e.lastIndexOf(ARROW)).append('\n');
    }
    String out = console(typed.toString());
    List<String> answers = answers(out);
    assertThat(answers).hasSize(2 * examples.size());
    List<String> wrong = new ArrayList<>();
    for (int k = 0; k < examples.size(); k++) {
      String e = examples.get(k);
      String expected = e.substring(e.lastIndexOf(ARROW) + ARROW.length());
      // the engine's notes follow the result on lines of their own (eval prints them apart)
      String got = answers.get(2 * k + 1).strip().lines().filter(l -> !l.startsWith("note: "))
          .collect(java.util.stream.Collectors.joining("\n"));
      boolean right = expected.startsWith("error: ")
          ? got.startsWith("error: ") && java.util.Arrays.stream(expected.substring(7)
              .split(" \\| ")).anyMatch(got::contains) // "A | B": either honest refusal
          : got.replaceFirst("^\\$\\d+ = ", "").equals(expected);
      if (!right) {
        wrong.add(e + "\n    console: " + got);
      }
    }
    assertThat(wrong).as("examples the console answers differently").isEmpty();
  }

  /** The text after each prompt, in order (the first element, the banner, dropped). */
  private static List<String> answers(String out) {
    String[] parts = out.split(PROMPT, -1);
    List<String> list = new ArrayList<>(List.of(parts).subList(1, parts.length));
    if (!list.isEmpty() && list.get(list.size() - 1).isBlank()) {
      list.remove(list.size() - 1); // the prompt waiting at the end of input
    }
    return list;
  }

  private String console(String input) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", ScriptOutputs.ROOT.resolve("gradlab")
        .toString()).directory(home.toFile()).redirectErrorStream(true);
    pb.environment().put("XDG_CACHE_HOME", ScriptOutputs.ROOT.resolve("tests/target/cache")
        .toString());
    pb.environment().put("GRADLAB_HOME", home.toString());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
