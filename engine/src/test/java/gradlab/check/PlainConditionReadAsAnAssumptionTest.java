package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text statement under a comparison in words, "for x < 0: f'(x) = 0", is checked at
 * points where its condition holds, as LaTeX's "If $x > 0$ then …" is; it had been "not checked"
 * (and before that refuted outside its condition: glorot-softsign-derivative-ascii). Each form
 * holds true in its condition, its wrong version is ✗ at a point inside it, and a claim true
 * only inside its condition is never ✗ from a point outside.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PlainConditionReadAsAnAssumptionTest extends CheckFixture {
  private static final String RELU = "f(x) = relu(x)\n\n";

  private static void decidedTrue(String body, int line) {
    CheckReport r = checkText("hw.txt", body);
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    assertThat(claimOnLine(r, line).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.NotChecked.class);
  }

  private static void refutedInside(String body, int line, Predicate<Map<String, Double>> inside) {
    CheckReport r = checkText("hw.txt", body);
    StepVerdict v = claimOnLine(r, line).verdict();
    assertThat(v).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) v).point()).as(r.render()).matches(inside);
    assertThat(v.evidence()).as(r.render()).contains("under ");
  }

  @Test
  void eachFormHoldsInsideItsConditionAndItsWrongVersionIsRefutedThere() {
    String[][] forms = {{"if x > 0 then f'(x) = 1", "if x > 0 then f'(x) = 0"},
        {"if x > 0: f'(x) = 1", "if x > 0: f'(x) = 0"}, {"f'(x) = 1 if x > 0", "f'(x) = 0 if x > 0"},
        {"If x < 0, then f'(x) = 0", "If x < 0, then f'(x) = 1"},
        {"when x > 0, f'(x) = 1", "when x > 0, f'(x) = 0"},
        {"f'(x) = 1 when x > 0", "f'(x) = 0 when x > 0"},
        {"for x > 0 f'(x) = 1", "for x > 0 f'(x) = 0"},
        {"f'(x) = 1 where x > 0", "f'(x) = 0 where x > 0"},
        {"x > 0 => f'(x) = 1", "x > 0 => f'(x) = 0"}, {"f'(x) = 1 (x > 0)", "f'(x) = 0 (x > 0)"},
        {"for x<0: f'(x) = 0", "for x<0: f'(x) = 1"}};
    for (String[] form : forms) {
      decidedTrue(RELU + form[0] + "\n", 3);
      boolean positive = form[0].contains("x > 0");
      refutedInside(RELU + form[1] + "\n", 3, p -> positive ? p.get("x") > 0 : p.get("x") < 0);
    }
  }

  @Test
  void chainsAbsoluteValuesUnequalListsAndJoinedComparisonsAreRead() {
    decidedTrue(RELU + "for -2 < x < -1: f'(x) = 0\n", 3);
    refutedInside(RELU + "for -2 < x < -1: f'(x) = 1\n", 3, p -> p.get("x") > -2 && p.get("x") < -1);
    decidedTrue(RELU + "for |x| < 1, f(x) <= 1\n", 3);
    refutedInside(RELU + "for |x| < 1, f'(x) = 1\n", 3, p -> Math.abs(p.get("x")) < 1);
    decidedTrue(RELU + "for x != 0: f'(x)^2 = f'(x)\n", 3);
    refutedInside(RELU + "for x != 0: f'(x) = 1\n", 3, p -> p.get("x") != 0);
    decidedTrue(RELU + "for x, y > 0: f(x) + f(y) = x + y\n", 3);
    refutedInside(RELU + "for x, y > 0: f(x) + f(y) = x - y\n", 3,
        p -> p.get("x") > 0 && p.get("y") > 0);
    decidedTrue(RELU + "if x > 0 and x < 1 then f(x) < 1\n", 3);
    refutedInside(RELU + "if x > 0 and x < 1 then f(x) > 1\n", 3,
        p -> p.get("x") > 0 && p.get("x") < 1);
  }

  @Test
  void aConditionOnADefinedNameIsNeverRefutedOutsideAndOneBetweenTwoNamesHoldsAtTheRefutation() {
    String z = "z = w*x + b\n\n";
    CheckReport r = checkText("hw.txt", z + "if z > 0 then relu(z) = z\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    // relu(z) = 0 under z > 0 stays unrefuted: w, x and b may be values where z < 0 (vacuous)
    CheckReport two = checkText("hw.txt", "p = max(a, b)\n\nif a > b then p = a\n");
    assertThat(two.steps()).as(two.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    refutedInside("p = max(a, b)\n\nif a > b then p = b\n", 3, p -> p.get("a") > p.get("b"));
  }

  @Test
  void aClaimTrueOnlyInsideItsConditionIsNeverRefutedFromAPointOutside() {
    CheckReport r = checkText("hw.txt", RELU + "at x = -1\nfor x > 0: f'(x) = 1\nf'(x) = 0\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()) // x = -1 again after the line
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport after = checkText("hw.txt", RELU + "for x > 0: f'(x) = 1\nf'(x) = 1 for all x\n");
    assertThat(claimOnLine(after, 3).verdict()).as(after.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(claimOnLine(after, 4).verdict()).as(after.render()) // the condition has ended
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aConditionNoPointSatisfiesOrADefinitionUnderItIsNotTaken() {
    CheckReport none = checkText("hw.txt", RELU + "for x > 3 and x < 1: f(x) = 5\n");
    assertThat(claimOnLine(none, 3).verdict()).as(none.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    CheckReport cases = checkText("hw.txt", "for x > 0: h(x) = x\nh(-2) = 5\n");
    assertThat(cases.steps()).as(cases.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    assertThat(claimOnLine(cases, 2).verdict()).as(cases.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aConditionThatIsNoComparisonStaysNotChecked() {
    String g = "g(x) = x^2\n\n";
    for (String line : new String[] {"g(x) = x if x is large", "g(x) > 100 when x is big",
        "if x is positive then g(x) = 1", "g(x) = 0 otherwise", "g(n)/n^2 = 2 as n -> inf"}) {
      CheckReport r = checkText("hw.txt", g + line + "\ng(2) = 4\n");
      assertThat(claimOnLine(r, 3).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.NotChecked.class);
      assertThat(claimOnLine(r, 4).verdict()).as(r.render()) // g is still x^2
          .isInstanceOf(StepVerdict.Proved.class);
    }
    CheckReport wrong = checkText("hw.txt", g + "g(2) = 5\n");
    assertThat(claimOnLine(wrong, 3).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
