package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the continuation prompt says (JLine shows the EOFError's missing text in it). */
@Timeout(60)
class ContinuationPromptTest {
  private final JavaShell java = new JavaShell();
  private final ConsoleParser parser = new ConsoleParser(java, s -> false);

  @AfterEach
  void close() {
    java.close();
  }

  @Test
  void mathInAnOpenBracketSaysHowToEndOrDiscardTheEntry() {
    assertThatThrownBy(() -> parser.parse("sigma(2 +\n3", 0, ParseContext.SECONDARY_PROMPT))
        .isInstanceOfSatisfying(EOFError.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.getMissing()).contains("an empty line ends it")
            .contains("Ctrl-C discards it"));
  }

  @Test
  void javaContinuesWithTheShortPrompt() {
    assertThatThrownBy(() -> parser.parse("for (int i = 0; i < 2; i++) {", 0,
        ParseContext.SECONDARY_PROMPT)).isInstanceOfSatisfying(EOFError.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.getMissing())
                .isEqualTo(ConsoleParser.JAVA_CONTINUES));
  }
}
