package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "at x = 3: softsign'(3) = 1/16 = 0.0625 but tanh'(3) = 1 - tanh(3)^2 = 0.00987" (Glorot's
 * softsign typed in plain text) read "but" as a name: "0.0625 but tanh'(3)" was a product and
 * both claims around it "not checked: but is not defined". "but" (or "whereas") before a claim
 * ends the statement; before a condition it does not.
 */
@Timeout(300)
class PlainButBetweenClaimsTest extends CheckFixture {
  @Test
  void theClaimsBeforeAndAfterButAreChecked() {
    CheckReport r = checkText("t.txt", "tanh(1) = 0.76159 but tanh'(3) = 1 - tanh(3)^2 = 0.00987\n");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 1 && s.isClaim()).hasSize(3)
        .allSatisfy(s -> assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class));
  }

  @Test
  void whereasBetweenTwoClaimsEndsTheFirst() {
    CheckReport r = checkText("t.txt", "tanh(0) = 0 whereas tanh(1) = 0.76159\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongClaimAfterButIsRefuted() {
    CheckReport r = checkText("t.txt", "tanh(1) = 0.76159 but tanh'(3) = 1 - tanh(3)^2 = 0.0987\n");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 1 && s.isClaim())
        .anySatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Refuted.class));
    r = checkText("t.txt", "tanh(0) = 0 whereas tanh(1) = 0.86159\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void butBeforeAConditionKeepsIt() {
    CheckReport r = checkText("t.txt", "abs(x) = x but only for x > 0\n");
    assertThat(r.steps()).as(r.render())
        .noneSatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Refuted.class));
    r = checkText("t.txt", "abs(x) = x but x > 0 here\n");
    assertThat(r.steps()).as(r.render())
        .noneSatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Refuted.class));
  }
}
