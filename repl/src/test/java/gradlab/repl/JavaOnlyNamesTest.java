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

  @Test
  void aFacadeCallWithQuotedTextSaysItIsJavaAndTheMathFormWithoutQuotes() {
    // user26 F8: it was "unexpected character '\"'" with a hint about operators
    // typed plainly the line holds a string literal and is Java now (the facade's diff)
    String t = ConsoleTest.session(":math diff(\"x^3\", \"x\")\n");
    assertThat(t).contains("type it as Java, diff(\"x^3\", \"x\")")
        .contains("in math the expression has no quotes: diff(x^3, x)")
        .doesNotContain("use + − * / ^");
  }

  @Test
  void listsOfDifferentLengthsAreAnErrorAndTheRowRuleIsSaid() {
    String t = ConsoleTest.session("{1,2,3} + {1,2}\n{{1,2},{3,4}} * {10,20}\n"
        + "dot({{1,2},{3,4}}, {{5,6},{7,8}})\n{{1,2},{3,4}} . {{5,6},{7,8}}\n0.0/0.0\n");
    assertThat(t).contains("lengths 3 and 2").doesNotContain("Thread")
        .contains("row by row").contains("{{19, 22}, {43, 50}}").contains("dot(A, B)")
        .doesNotContain("Indeterminate");
  }
}
