package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step with no numeric value names what it lacks: {@code w_new = w − η·C′(w)} with C never
 * defined said only "no numeric value (undefined functions or names?)". The verdicts are as
 * before: not checked while C is missing, checked once the text defines it.
 */
@Timeout(60)
class MissingFunctionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, java.time.Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void anUndefinedFunctionIsNamedWithHowToDefineIt() {
    CheckReport r = check("let w_new = w - eta*g(w)\nw_new = w - eta*C'(w)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("no numeric value: C is a function the text applies but "
        + "does not define; hint: define it before this step, e.g. C(x) = x^2");
  }

  @Test
  void onceDefinedTheStepIsCheckedBothWays() {
    CheckReport right = check("let C(w) = (w - 1)^2\nw_new = w - eta*C'(w)\n"
        + "w_new = w - 2*eta*(w - 1)\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.render()).doesNotContain("no numeric value");
    CheckReport wrong = check("let C(w) = (w - 1)^2\nw_new = w - eta*C'(w)\n"
        + "w_new = w - eta*(w - 1)\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void knownAndDefinedFunctionsAreNotCalledMissing() {
    CheckContext ctx = CheckContext.empty();
    assertThat(MissingFunctions.of(ctx, "sigma(z) + exp(x) + pd(L, w) + C'(w) + Tanh(x)"))
        .containsExactly("C");
  }
}
