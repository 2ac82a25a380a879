package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step between two tuples of numbers, (0.6 − 0.7, 0.4 − 0.3) = (−0.1, 0.1), was "cannot read:
 * pairs (a, b)"; it is decided componentwise, as [a, b] was. A tuple with a name in it, or beside
 * a name, keeps its refusal.
 */
@Timeout(60)
class NumericTuplesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static StepResult at(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line).findFirst().orElseThrow();
  }

  @Test
  void aTrueStepBetweenTuplesOfNumbersIsProvedComponentwise() {
    CheckReport r = check("# t\n\n$$(0.6 - 0.7, 0.4 - 0.3) = (-0.1, 0.1)$$\n\n"
        + "$$\\left(\\frac{15}{26}, \\frac{20}{26}\\right) = (0.5769, 0.7692)$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongComponentIsRefutedAtItsLine() {
    CheckReport r = check("# t\n\n$$(0.97 + 0.03, -1.04 + 0.04) = (1, 1)$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aTupleWithANameOrBesideANameIsNeverRefuted() {
    CheckReport r = check("# t\n\n$$(a, 2) = (1, 3)$$\n\n$$u = (1, 2) = (1, 3)$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aWrongComponentOfAScaledTupleIsRefutedApproximately() {
    CheckReport r = check("# t\n\n$$\\frac{0.05}{\\sqrt{10}} (1, 3) \\approx (0.0316, 0.0949)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void theRoundedComponentsOfAScaledTupleAreProved() {
    CheckReport r = check("# t\n\n$$\\frac{0.05}{\\sqrt{10}} (1, 3) \\approx (0.0158, 0.0474)$$\n\n"
        + "$$\\frac{1}{2} (2, -6) = (1, -3)$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void aNamedChainOfScaledTuplesIsRefutedAtItsLastLink() {
    CheckReport r = check("# t\n\n$$\\hat{g} = \\frac{0.1}{5} (3, 4) = 0.02 (3, 4) \\approx "
        + "(0.12, 0.08)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aTupleScaledByANameOrANegativeNumberIsNeverRefuted() {
    CheckReport r = check("# t\n\n$$\\rho (1, 3) \\approx (0.05, 0.15)$$\n\n"
        + "$$-2 (1, 3) \\approx (-6, -2)$$\n\n$$\\hat{g} = 0.02 (3, 4) \\approx (0.06, 0.08)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
