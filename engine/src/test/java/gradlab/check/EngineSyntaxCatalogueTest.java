package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Catalogue names in the engine-syntax format mean what they mean in the math language. */
@Timeout(120)
class EngineSyntaxCatalogueTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(20)).checkText("t.txt", text);
  }

  @Test
  void logSumExpIsNotSymjasTwoArgumentLogarithm() {
    // logsumexp(u, v) was renamed to Symja's Log(u, v), the base-u logarithm of v, and the true
    // ∂/∂u = σ(u − v) was refuted with left = −2.61
    CheckReport r = check("D(logsumexp(u, v), u) = sigma(u - v)\n"
        + "D(logsumexp(u, v), u) = sigma(v - u)\n");
    assertThat(r.steps().get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.steps().get(1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void heavisideAndSgnAreTheCataloguesFunctions() {
    CheckReport r = check("D(relu(x), x) = heaviside(x)\nD(relu(x), x) = 1 - heaviside(x)\n");
    assertThat(r.steps().get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.steps().get(1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
