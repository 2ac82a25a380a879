package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code (fg)' = f'g'}, the wrong product rule, in function letters: refuted where the text
 * defines f and g of one variable, not checked with the reason where it does not. Both were
 * "cannot read: not engine syntax ('f'g'')" (user37, user38).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProductRuleInFunctionLettersTest extends CheckFixture {
  private static final String DEFINED = "f(x) = x^2\n\ng(x) = sin(x)\n\n";

  @Test
  void theWrongProductRuleOfDefinedFunctionsIsRefutedAtItsLine() {
    CheckReport r = checkText("hw.md", DEFINED + "(fg)' = f'g'\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> {
      assertThat(s.line()).isEqualTo(5);
      assertThat(s.lhs()).isEqualTo("(fg)'");
    });
  }

  @Test
  void theProductAndQuotientRulesOfDefinedFunctionsAreProved() {
    CheckReport r = checkText("hw.md", DEFINED + "(fg)' = f'g + fg'\n\n"
        + "(f/g)′ = (f′g − fg′)/g^2\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theProductRuleOfUndefinedFunctionsIsNotCheckedWithTheReason() {
    CheckReport r = checkText("hw.md", "(fg)' = f'g'\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 1).verdict().toString()).as(r.render())
        .contains("functions the text defines").doesNotContain("engine syntax");
  }
}
