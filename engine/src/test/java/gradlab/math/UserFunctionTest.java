package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class UserFunctionTest {
  private static UserFunction define(String text, Map<String, UserFunction> known) {
    Statement s = Parser.statement(text, known);
    assertThat(s.isFunctionDefinition()).isTrue();
    return new UserFunction(s.name(), s.params(), s.value());
  }

  @Test
  void aParameterIsBoundSoASessionNameOfTheSameSpellingDoesNotLeakIn() {
    UserFunction f = define("f(x) = x^2 + y", Map.of());
    assertThat(Symbols.of(f.body())).containsExactlyInAnyOrder(UserFunction.bound("x"), "y");
    assertThat(f.shownBody()).isEqualTo(Parser.parse("x^2 + y"));
  }

  @Test
  void aCallPutsEveryArgumentInAtOnce() {
    UserFunction g = define("g(x, y) = x - 2*y", Map.of());
    // simultaneous: g(y, x) is y − 2x, not a chain of replacements
    assertThat(Parser.parse("g(y, x)", Map.of("g", g))).isEqualTo(Parser.parse("y - 2*x"));
  }

  @Test
  void aPrimeIsTheDerivativeByTheParameterAtTheArgument() {
    UserFunction f = define("f(t) = t^3", Map.of());
    assertThat(Parser.parse("f'(2*u)", Map.of("f", f))).isEqualTo(Parser.parse("3*(2*u)^2"));
    assertThat(Parser.parse("f''(u)", Map.of("f", f))).isEqualTo(Parser.parse("6*u"));
  }

  @Test
  void aBodyMayCallAnEarlierFunction() {
    UserFunction f = define("f(x) = x + 1", Map.of());
    UserFunction h = define("h(x) = 2*f(x)", Map.of("f", f));
    assertThat(h.apply(List.of(Num.of(3)))).isEqualTo(Num.of(8));
  }

  @Test
  void aFunctionDefinedThroughItselfIsAnError() {
    assertThatThrownBy(() -> Parser.statement("f(x) = f(x - 1)", Map.of()))
        .hasMessageContaining("f cannot be defined through itself");
  }

  @Test
  void aBuiltInNameIsNeitherAFunctionNorAParameter() {
    assertThatThrownBy(() -> Parser.statement("sin(x) = x", Map.of()))
        .hasMessageContaining("built-in name 'sin'");
    assertThatThrownBy(() -> Parser.statement("f(pi) = 1", Map.of()))
        .hasMessageContaining("'pi' cannot be a parameter");
  }

  @Test
  void aCallWithTheWrongNumberOfArgumentsIsAnError() {
    UserFunction f = define("f(x) = x", Map.of());
    assertThatThrownBy(() -> Parser.parse("f(1, 2)", Map.of("f", f)))
        .hasMessageContaining("f takes 1 argument, got 2");
  }

  @Test
  void anEquationBetweenCallsIsNotADefinition() {
    Map<String, UserFunction> known = Map.of("f", define("f(x) = x^2", Map.of()));
    assertThat(Parser.statement("f(2) == 4", known).isDefinition()).isFalse();
    assertThatThrownBy(() -> Parser.statement("f(2) = 4", known))
        .isInstanceOf(ParseException.class);
  }
}
