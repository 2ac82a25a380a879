package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A derivative stated by cases with an equation number after the cases, He et al.'s PReLU
 * gradient {@code … \end{cases} \tag{3}}: each case a claim under its condition (it was "not
 * checked: definitions by cases", so a wrong case was not located).
 */
@Timeout(120)
class CasesAfterTagTest extends gradlab.symbolic.EngineFixture {
  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  private static String prelu(String negativeCase) {
    return "$$f(y) = \\max(0, y) + a \\min(0, y)$$\n\n$$\\frac{\\partial f(y)}{\\partial a} = "
        + "\\begin{cases} 0, & \\text{if } y > 0 \\\\ " + negativeCase + ", & \\text{if } y \\le 0"
        + " \\end{cases} \\tag{3}$$\n";
  }

  @Test
  void casesOfADerivativeBeforeATagAreEachReadAndNotRefuted() {
    // ∂/∂a = min(0, y) is 0 where y > 0: equal at every sample there, the proof by cases is not
    // the prover's, so "unknown" is the reading too
    assertThat(claims(prelu("y"))).hasSize(2).allMatch(v -> v instanceof StepVerdict.Proved
        || v instanceof StepVerdict.Unknown);
  }

  @Test
  void wrongCaseBeforeATagIsRefutedWhereItsConditionHolds() {
    List<StepVerdict> v = claims(prelu("a"));
    assertThat(v).hasSize(2);
    assertThat(v.get(0)).isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(v.get(1)).isInstanceOf(StepVerdict.Refuted.class);
  }
}
