package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A facade method typed as math ({@code window()}) is said to be Java, with the way to type it;
 * it was "syntax error: unknown function 'window'" (user23).
 */
@Timeout(120)
class JavaOnlyNamesTest {
  @Test
  void aFacadeMethodTypedAsMathSaysItIsJavaAndHowToTypeIt() {
    String t = ConsoleTest.session("window()\nsigmoidd(1)\n");
    assertThat(t).contains("error: window is a Java method of the facade, not a math function: "
        + "type it as Java, window(); (a line ending in ';' is Java) or :java window()")
        .doesNotContain("unknown function 'window'");
    // a name that is no facade method keeps the math error and its suggestions
    assertThat(t).contains("unknown function 'sigmoidd'");
  }

  @Test
  void aNameWithTheLanguagesOwnAdviceKeepsIt() {
    // plot is also a facade method, but the language already says it is the console's :plot
    // (or Java's plot(…)); the clean-clone CI's ConsoleLanguageRegressionTest caught the loss
    String t = ConsoleTest.session("plot(sin(x), x, -3, 3)\n");
    assertThat(t).contains(":plot sin(x), x, -3, 3").doesNotContain("Java method of the facade");
  }
}
