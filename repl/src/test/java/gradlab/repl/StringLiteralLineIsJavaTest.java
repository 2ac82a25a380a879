package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A line holding a Java string literal ({@code "abc".length()}) went to the math language,
 * which has no strings: "syntax error: unexpected character '"'". It is Java now; a line
 * without one still goes where it went.
 */
@Timeout(120)
class StringLiteralLineIsJavaTest {
  private static final Predicate<String> NOTHING_PARSES = line -> false;

  @Test
  void aLineWithAStringLiteralIsRoutedToJava() {
    for (String line : new String[] {"\"abc\".length()", "System.out.println(\"hi\")",
        "diff(\"x^3\", \"x\")", "String.valueOf(\"a\\\"b\")", "check(\"a = b\")"}) {
      assertThat(LineRouter.route(line, NOTHING_PARSES)).as(line)
          .isEqualTo(LineRouter.Route.JAVA);
    }
  }

  @Test
  void aLineWithoutOneStaysMath() {
    // an unclosed quote is no literal, and a Python-style 'x' is no Java string
    for (String line : new String[] {"x^2", "print('hi')", "a\"b", "diff(x^3, x)"}) {
      assertThat(LineRouter.route(line, NOTHING_PARSES)).as(line)
          .isEqualTo(LineRouter.Route.MATH);
    }
  }

  @Test
  void theConsoleEvaluatesItAsJava() {
    String t = ConsoleTest.session("\"abc\".length()\ndiff(\"x^3\", \"x\")\n");
    assertThat(t).contains("==> 3").doesNotContain("unexpected character")
        .doesNotContain("error:");
  }
}
