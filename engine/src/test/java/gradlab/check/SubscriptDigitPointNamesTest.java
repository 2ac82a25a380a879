package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text point whose names end in subscript digits, as typed on a phone ("z₁ = 2, z₂ = 0:
 * …", "Let z₁ = 2 and z₂ = 0."), is the point of the claims after it, as the same line with z1
 * and z2 is; a claim at a value of a defined subscripted name is not refuted at other values.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SubscriptDigitPointNamesTest extends EngineFixture {
  private static final String SOFTMAX = "p₁ = e^z₁/(e^z₁ + e^z₂)\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aSubscriptedPointBeforeAColonIsThePointOfTheClaimAfterIt() {
    // "z₂ = 0: p₁" was split at its "=": the claim "holds only for values the text does not state"
    CheckReport right = check(SOFTMAX + "z₁ = 2, z₂ = 0: p₁ ≈ 0.8808\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(SOFTMAX + "z₁ = 2, z₂ = 0: p₁ ≈ 0.5\n");
    assertThat(FixturePair.lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aLetWithSubscriptedNamesGivesThePointOfTheNextLine() {
    // "Let z₁ = 2" was the product L·e·t·z₁ = 2, and the next claim was not checked
    CheckReport right = check(SOFTMAX + "Let z₁ = 2 and z₂ = 0.\np₁ ≈ 0.8808\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(SOFTMAX + "Let z₁ = 2 and z₂ = 0.\np₁ ≈ 0.7\n");
    assertThat(FixturePair.lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aClaimAtAValueOfADefinedSubscriptedNameIsNotRefutedAtOtherValues() {
    // z₁ is a formula of w: "at z₁ = 0" does not move it, so p₁ = 0.5 is no refutation at w = 3
    CheckReport r = check("z₁ = w*x + b\np₁ = 1/(1 + e^(-z₁))\nw = 1, x = 2, b = 0: z₁ = 2\n"
        + "at z₁ = 0, w = 3: p₁ = 0.5\n");
    assertThat(r.steps().stream().map(StepResult::verdict))
        .as(r.render()).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void subscriptDigitsOnlyEndAName() {
    // w₁x₁ is a product: "w₁x₁ = 2: …" is no point, and nothing is refuted through it
    CheckReport r = check(SOFTMAX + "w₁x₁ = 2: p₁ = 0.5\n");
    assertThat(r.steps().stream().map(StepResult::verdict))
        .as(r.render()).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }
}
