package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function typed by cases in plain text, called at the text's named point, was "the value of f
 * at z, which the text defines … the text gives f no rule that is read": the planted
 * {@code f(z) = -0.15} of leaky-relu-neuron-gradient-ascii (z = w*x + b = −1.5, so f(z) = 0.01·z =
 * −0.015) passed unnamed. Where the point puts the argument strictly inside one case's region,
 * the claim is read with that case's formula ({@link PlainCasesAtPoints}); on the boundary, or
 * where the point does not give the argument a value, nothing is replaced.
 */
@Timeout(60)
class PlainCasesAtANamedPointTest extends CheckFixture {
  private static final String NEURON = "# leaky relu neuron\n\n"
      + "f(z) = z if z > 0, f(z) = 0.01*z if z <= 0\n\n"
      + "z = w*x + b\n\n"
      + "w = 2, x = %s, b = 0.5\n"
      + "f(z) = %s\n";

  private static CheckReport check(String typed) {
    return checkText("t.md", typed);
  }

  @Test
  void theValueOfACasesFunctionAtTheNamedPointIsThatCasesFormula() {
    CheckReport r = check(NEURON.formatted("-1", "-0.015"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport positive = check(NEURON.formatted("1", "2.5"));
    assertThat(positive.firstRefuted()).as(positive.render()).isEmpty();
    assertThat(positive.count(StepVerdict.Proved.class)).as(positive.render()).isEqualTo(1);
  }

  @Test
  void aWrongValueOfACasesFunctionAtTheNamedPointIsRefutedAtItsLine() {
    CheckReport r = check(NEURON.formatted("-1", "-0.15"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(8));
    CheckReport otherCase = check(NEURON.formatted("1", "0.025"));
    assertThat(otherCase.firstRefuted()).as(otherCase.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(8));
  }

  @Test
  void onTheBoundaryBetweenCasesNothingIsReplaced() {
    // z = 2*(-0.25) + 0.5 = 0: the condition z <= 0 holds, but only on the boundary
    CheckReport r = check(NEURON.formatted("-0.25", "1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void anArgumentThePointDoesNotGiveIsNotDecided() {
    CheckReport r = check(NEURON.replace("w = 2, ", "").formatted("-1", "-0.15"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
