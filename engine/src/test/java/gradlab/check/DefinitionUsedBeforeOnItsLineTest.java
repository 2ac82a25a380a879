package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)": L uses p, which the same line defines
 * after it. Read in the line's order L was not read (its body does not use w), so every step
 * through it was "not checked" (logistic-newton-step-ascii). The definition of p is read first
 * ({@link DefinitionsUsedBeforeOnTheLine}); a wrong gradient is refuted at its line.
 */
@Timeout(120)
class DefinitionUsedBeforeOnItsLineTest extends CheckFixture {
  private static final String NEWTON =
      "L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)\ndL/dw = %s\n";

  @Test
  void aFunctionThroughANameDefinedAfterItOnItsLineIsRead() {
    CheckReport r = checkText("t.txt", NEWTON.formatted("(p - y)*x"));
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongGradientThroughItIsRefutedAtItsLine() {
    CheckReport r = checkText("t.txt", NEWTON.formatted("(p - y)"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(2));
  }

  @Test
  void anUpdateNamedByItsRuleStillMovesThePoint() {
    // w_new is defined by the rule; its value at w = 0 is the next iterate, so p = sigma(2)
    String text = NEWTON.formatted("(p - y)*x") + "w_new = w - (dL/dw)/(p*(1-p)*x^2)\n"
        + "x = 1, y = 1, w = 0:\n" + "w_new = 0 - (-0.5)/0.25 = 2\n" + "then p = sigma(2)\n";
    CheckReport r = checkText("t.txt", text);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport wrong = checkText("t.txt", text.replace("sigma(2)", "sigma(3)"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(6));
  }
}
