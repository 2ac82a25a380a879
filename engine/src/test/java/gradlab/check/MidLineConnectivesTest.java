package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "then", "so" between two claims on one line separate them, as a line break does: read as one
 * chain, "x^2 then f'(x)" was f's body and the console spent its whole time limit on it.
 */
@Timeout(120)
class MidLineConnectivesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void thenBetweenADefinitionAndAClaimSeparatesThem() {
    CheckReport r = text("f(x) = x^2 then f'(x) = 2x\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("f(x) = x^2   [function definition]");
  }

  @Test
  void aWrongClaimAfterThenIsNamedOnItsOwn() {
    CheckReport r = text("f(x) = x^2 then f'(x) = 3x\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().lhs()).isEqualTo("f'(x)");
  }

  @Test
  void soBetweenTwoClaimsChecksBoth() {
    CheckReport r = text("x = 2 so x^2 = 4\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWordTheTextDefinesIsNoConnective() {
    assertThat(MidLineConnectives.claims("y = 2 so + 1 = 3", n -> n.equals("so")))
        .containsExactly("y = 2 so + 1 = 3");
    assertThat(MidLineConnectives.claims("if x > 0 then r(x) = x", n -> false)).hasSize(1);
    assertThat(MidLineConnectives.claims("g(a then b) = 1", n -> false)).hasSize(1);
  }
}
