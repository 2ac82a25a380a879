package gradlab.check;

import static gradlab.check.FixturePair.lastClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The first statement of an indexed family defines it (issue 12, nc9): d2l's softmax written
 * with an accent without braces, {@code \hat y_j = …}, was not read as the family ŷ_j, so every
 * later step with ŷ_j was "not checked: ŷⱼ is not defined"; and a layered family's first
 * display, {@code z^l_j = \sum_k w^l_{jk} a^{l-1}_k + b^l_j}, was a claim "not checked" although
 * the steps after it read it as the definition it is. A restatement of a defined family with a
 * parameter it did not have (a temperature T, CS231n's margin Δ for 1) is never refuted.
 */
@Timeout(300)
class FamilyFirstStatementsTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "The softmax computes $\\hat y_j = \\frac{\\exp(o_j)}"
      + "{\\sum_k \\exp(o_k)}$.\n\nWe have\n\n";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }


  @Test
  void anAccentWithoutBracesDefinesTheFamilyItsBracedFormDefines() {
    CheckReport r = check(SOFTMAX + "$$\\log \\hat y_j = o_j - \\log \\sum_k \\exp(o_k)$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isNotInstanceOf(StepVerdict.NotChecked.class)
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWrongStepAboutAFamilyWrittenWithAnAccentWithoutBracesIsRefutedAtItsLine() {
    CheckReport r = check(SOFTMAX + "$$\\log \\hat y_j = o_j + \\log \\sum_k \\exp(o_k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void aRestatementWithAParameterTheFamilyDidNotHaveIsNeverRefuted() {
    CheckReport r = check(SOFTMAX + "With a temperature,\n\n$$\\hat y_j = \\frac{\\exp(o_j / T)}"
        + "{\\sum_k \\exp(o_k / T)}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aMarginRestatedAsANameIsNeverRefuted() {
    CheckReport r = check("$$L_i = \\sum_{j\\neq y_i} \\max(0, s_j - s_{y_i} + 1)$$\n\n"
        + "In general,\n\n$$L_i = \\sum_{j\\neq y_i} \\max(0, s_j - s_{y_i} + \\Delta)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theFirstDisplayOfALayeredFamilyIsItsDefinitionNotAClaim() {
    CheckReport r = check("$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j$$\n\n"
        + "$$a^l_j = \\sigma(z^l_j)$$\n");
    StepResult first = r.steps().stream().filter(s -> s.line() == 1).findFirst().orElseThrow();
    assertThat(first.isClaim()).as(r.render()).isFalse();
    assertThat(first.note()).isEqualTo(ChainChecks.LAYERED_DEFINITION);
  }

  @Test
  void aSecondDisplayOfALayeredFamilyStaysAClaim() {
    String z = "$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j$$\n\n";
    CheckReport r = check(z + "Again,\n\n" + z);
    StepResult second = r.steps().stream().filter(s -> s.line() == 5).findFirst().orElseThrow();
    assertThat(second.isClaim()).as(r.render()).isTrue();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
