package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function named by a capital or a Greek letter with a subscript (AdaBound's
 * {@code \eta_l(t) = …}, Huber's {@code L_1(x)}, the check function {@code \rho_\tau(u)}) was
 * not read as a definition: its values at numbers held "only for values the text does not
 * state". It is a function the text defines, as {@code g(t) = …} is.
 */
@Timeout(60)
class SubscriptedHeadsTest extends gradlab.symbolic.EngineFixture {
  private static StepResult at(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line).findFirst().orElseThrow();
  }

  @Test
  void aGreekHeadWithASubscriptIsAFunctionWhoseValuesAreChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# t\n\n$$\\eta_l(t) = 0.1 - \\frac{0.1}"
        + "{(1 - \\beta_2) t + 1}$$\n\nWith $\\beta_2 = 0.999$:\n\n$$\\eta_l(1000) = 0.1 - "
        + "\\frac{0.1}{1 + 1}$$\n");
    assertThat(at(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aCapitalHeadWithASubscriptIsAFunctionAndAWrongValueIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# t\n\n$$L_1(x) = \\frac{1}{2} x^2 + c$$"
        + "\n\nWith $c = 1$:\n\n$$L_1(3) = 5.5$$\n\n$$L_1(2) = 4$$\n");
    assertThat(at(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(9);
  }

  @Test
  void aGreekSubscriptOnTheHeadIsItsParameter() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# t\n\nThe check function is "
        + "$\\rho_\\tau(u) = u (\\tau - 0.5) + 0.5 |u|$. At $\\tau = 0.9$:\n\n"
        + "$$\\rho_\\tau(2) = 1.8$$\n");
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSigmaWithASubscriptIsNotTakenAsAFunctionHead() {
    // σ_k(x) may be a standard deviation times x: the catalogue's letters keep their readings
    assertThat(SubscriptedHeads.names("\\sigma_k(x)")).isFalse();
    assertThat(SubscriptedHeads.names("\\eta_u(t)")).isTrue();
    assertThat(FunctionHeads.parse("\\sigma_k(x)")).isNull();
    assertThat(FunctionHeads.parse("L_S(w)").name()).isEqualTo("LS");
  }
}
