package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of issue 11 (wrong or symbolic-where-numeric answers of the old syntax layer)
 * with its right answer, through the worksheet that {@code ./gradlab eval} and the console use.
 */
@Timeout(120)
class LanguageRegressionTest extends gradlab.symbolic.EngineFixture {
  private static final String ARROW = " ⟹ ";

  static Stream<String> examples() throws IOException {
    try (InputStream in = LanguageRegressionTest.class.getResourceAsStream(
        "issue-11-examples.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return lines.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void issueElevenExampleGivesTheRightAnswer(String line) {
    int at = line.lastIndexOf(ARROW);
    String input = line.substring(0, at);
    String expected = line.substring(at + ARROW.length());
    Worksheet sheet = new Worksheet(engine);
    if (expected.startsWith("error: ")) {
      String[] anyOf = expected.substring(7).split(" \\| "); // a refusal may have two honest forms
      assertThatThrownBy(() -> sheet.evaluate(input, Worksheet.Format.UNICODE))
          .satisfies(e -> assertThat(e.getMessage()).containsAnyOf(anyOf));
    } else {
      assertThat(sheet.evaluate(input, Worksheet.Format.UNICODE)).isEqualTo(expected);
    }
  }
}
