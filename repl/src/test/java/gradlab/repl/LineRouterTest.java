package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LineRouterTest {
  /** A stand-in for the engine's parser: these lines parse as math, nothing else does. */
  private static final Predicate<String> MATH = Set.of("{1,2,3}",
      "eqs = {nin*V == 1, nout*V == 1}", "f(x) = x^2", "x^2", "int y = 2",
      "if(x > 0, 1, 0)")::contains;

  @Test
  void aLineEndingInABraceIsMathWhenItParsesAsMath() {
    assertThat(LineRouter.route("{1,2,3}", MATH)).isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("eqs = {nin*V == 1, nout*V == 1}", MATH))
        .isEqualTo(LineRouter.Route.MATH);
  }

  @Test
  void aLineEndingInABraceIsJavaWhenItDoesNotParseAsMath() {
    assertThat(LineRouter.route("() -> { }", MATH)).isEqualTo(LineRouter.Route.JAVA);
  }

  @Test
  void aJavaSignalWinsEvenWhenTheLineParsesAsMath() {
    assertThat(LineRouter.route("f(x) = x^2;", MATH)).isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("int y = 2", MATH)).isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("List<Integer> xs = List.of(1)", MATH))
        .isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("Math.sqrt(2)", MATH)).isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("$1.input()", MATH)).isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("xs.length", MATH)).isEqualTo(LineRouter.Route.JAVA);
  }

  @Test
  void aLineWithoutJavaSignalOrBraceIsMath() {
    assertThat(LineRouter.route("x^2", MATH)).isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("0.5*x", MATH)).isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("nonsense ((", MATH)).isEqualTo(LineRouter.Route.MATH);
  }

  @Test
  void pythonModuleCallsAndLatexGoToMathWhoseErrorsExplainThem() {
    assertThat(LineRouter.route("np.exp(1)", MATH)).isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("math.log(2)", MATH)).isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("\\frac{1}{2}", MATH)).isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("mathx.log(2)", MATH)).isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("Runnable r = () -> { }", MATH)).isEqualTo(LineRouter.Route.JAVA);
  }

  @Test
  void commandsAndDocumentationComeFirst() {
    assertThat(LineRouter.route(":plot x, x, 0, 1", MATH)).isEqualTo(LineRouter.Route.COMMAND);
    assertThat(LineRouter.route("?diff", MATH)).isEqualTo(LineRouter.Route.DOCUMENTATION);
  }

  @Test
  void aRejectedJavaLineThatParsesAsMathNamesMath() {
    assertThat(LineRouter.explainRejection("f(x) = x^2;", "error: bad", MATH))
        .isEqualTo("error: bad\n  hint: this went to Java because it ends with ';', but it "
            + "parses as math: ':math f(x) = x^2' evaluates it as math");
  }

  @Test
  void intCalledAsAFunctionNamesIntegrateNotJavaAlone() {
    // a new user's integral answered only "'.class' expected"
    assertThat(LineRouter.explainRejection("int(x^2, x)", "error: '.class' expected", MATH))
        .isEqualTo("error: '.class' expected\n  hint: int is Java's integer type, so this went "
            + "to Java; an integral is integrate(x^2, x)");
    // a declaration or a cast keeps Java's error alone
    assertThat(LineRouter.explainRejection("int(x) = f(y);", "error: bad", MATH))
        .doesNotContain("integrate");
    assertThat(LineRouter.explainRejection("int y = (int) 2.5;", "error: bad", MATH))
        .isEqualTo("error: bad");
  }

  @Test
  void noMathHintForALineTheMathLanguageDoesNotRead() {
    // Symja's parser reads both, the math language neither: ':math …' would be an error
    assertThat(LineRouter.explainRejection("if(x > 0, 1, 0)", "error: bad", MATH))
        .isEqualTo("error: bad");
    assertThat(LineRouter.explainRejection("np.tanh(0.5);", "error: bad", MATH))
        .isEqualTo("error: bad");
  }

  @Test
  void aRejectedJavaLineThatIsNotMathKeepsJavasErrorAlone() {
    assertThat(LineRouter.explainRejection("x = ) ;", "error: bad", MATH))
        .isEqualTo("error: bad");
    // a declaration is Java's, even though Symja's relaxed parser reads it as a product
    assertThat(LineRouter.explainRejection("int y = 2;", "error: bad", MATH))
        .isEqualTo("error: bad");
    // an array creation: a tester was told ':math Tensor.of(new float[]{1,2,3})' would work
    assertThat(LineRouter.explainRejection("Tensor.of(new float[]{1,2,3})", "error: bad",
        line -> true)).isEqualTo("error: bad");
  }

  @Test
  void aLineJavaCallsUnfinishedIsMathWhenItParsesAsMathAndJavaOtherwise() {
    Predicate<String> unfinished = Set.of("if(x > 0, 1, 0)", "int twice(int v) {")::contains;
    assertThat(LineRouter.route("if(x > 0, 1, 0)", MATH, unfinished))
        .isEqualTo(LineRouter.Route.MATH);
    assertThat(LineRouter.route("int twice(int v) {", MATH, unfinished))
        .isEqualTo(LineRouter.Route.JAVA);
    assertThat(LineRouter.route("int y = 2", MATH, unfinished)).isEqualTo(LineRouter.Route.JAVA);
  }
}
