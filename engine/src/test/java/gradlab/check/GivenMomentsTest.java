package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A moment in a list of givens, "with $\mathbb{E}[y_1] = 0$ and $\text{Var}(y_1) = M\sigma^2$",
 * is a premise of what follows, as the E[y₁] = 0 before it; it had become a claim "not checked"
 * whose undefined M was then blamed on every later step (seed 004).
 */
@Timeout(120)
class GivenMomentsTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aVarianceInAListOfGivensIsGivenNotAClaim() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $y = w_1 x_1 + w_2 x_2$.\n\n"
        + "Now we have neurons $y_1 = y$ with $\\mathbb{E}[y_1] = 0$ and "
        + "$\\text{Var}(y_1) = K\\sigma^2$.\n");
    assertThat(r.render()).contains("\\text{Var}(y_1) = K\\sigma^2   [definition]");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void onlyFormulasJoinedByAndOrCommasAfterTheWordAreGiven() {
    assertThat(GivenClauses.inList("we have $y_1 = y$ with $\\mathbb{E}[y_1] = 0$ and ")).isTrue();
    assertThat(GivenClauses.inList("where $a = 1$, ")).isTrue();
    assertThat(GivenClauses.inList("For a layer with $n = 3$ inputs, ")).isFalse();
    assertThat(GivenClauses.inList("with $a = 1$. So ")).isFalse();
  }
}
