package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A hypothesis relating two names ("If $a_1 > a_2$ then $p = a_1$" after p = max(a_1, a_2), a
 * student's max-pooling step) was listed as assumed and then ignored: the true step was refuted
 * at a₁ = −1.93, a₂ = −1.55, where a₁ &lt; a₂. A ✗ now stands only at a point where the
 * assumption holds; a wrong branch is still refuted there.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RefutedOutsideAnAssumptionBetweenNamesTest extends CheckFixture {
  private static final String MAX = "Let $p = \\max(a_1, a_2)$.\n";

  private CheckReport text(String name, String body) {
    DocumentChecker c = new DocumentChecker(engine, Duration.ofSeconds(10));
    return name.endsWith(".md") ? c.checkMarkdown(name, body) : c.checkText(name, body);
  }

  /** The value of the sampled name ending in {@code index} (a₁ however the reader names it). */
  private static double member(java.util.Map<String, Double> point, char index) {
    String sub = String.valueOf((char) ('₀' + index - '0'));
    return point.entrySet().stream().filter(e -> e.getKey().endsWith(String.valueOf(index))
        || e.getKey().endsWith(sub)).findFirst().orElseThrow(() -> new AssertionError(point)).getValue();
  }

  @Test
  void theMaxPoolingStepUnderItsConditionIsNotRefuted() {
    CheckReport r = text("pool.md", MAX + "If $a_1 > a_2$ then $p = a_1$.\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theWrongBranchIsStillRefutedAtAPointThatKeepsTheCondition() {
    CheckReport r = text("pool.md", MAX + "If $a_1 > a_2$ then $p = a_2$.\n");
    StepVerdict v = claimOnLine(r, 2).verdict();
    assertThat(v).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    var point = ((StepVerdict.Refuted) v).point();
    assertThat(member(point, '1')).as(r.render()).isGreaterThan(member(point, '2'));
  }

  @Test
  void aWrongStepFirstFailingOutsideIsRefutedAgainInside() {
    CheckReport r = text("shift.md", "Let $p = \\max(a, b)$.\n\nIf $a > b + 2$ then $p = b + 2$.\n");
    StepVerdict v = claimOnLine(r, 3).verdict();
    assertThat(v).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    var point = ((StepVerdict.Refuted) v).point();
    assertThat(point.get("a")).as(r.render()).isGreaterThan(point.get("b") + 2);
  }

  @Test
  void anAbsoluteValueUnderAStatedOrderIsNotRefutedAndItsSignSlipIs() {
    CheckReport right = text("abs.md", "Assume $a > b$. Then $|a - b| = a - b$.\n");
    assertThat(claimOnLine(right, 1).verdict()).as(right.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
    CheckReport wrong = text("abs.md", "Assume $a > b$. Then $|a - b| = b - a$.\n");
    assertThat(claimOnLine(wrong, 1).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anAssumptionTypedInPlainTextIsKeptToo() {
    CheckReport right = text("pool.txt", "p = max(a1, a2)\nassume a1 > a2\np = a1\n");
    assertThat(claimOnLine(right, 3).verdict()).as(right.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
    CheckReport wrong = text("pool.txt", "p = max(a1, a2)\nassume a1 > a2\np = a2\n");
    assertThat(claimOnLine(wrong, 3).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aHeadingEndsTheAssumption() {
    CheckReport r = text("two.md", MAX + "If $a_1 > a_2$ then $p = a_1$.\n\n# Next\n\n"
        + "Let $q = \\max(a_1, a_2)$. Then $q = a_1$.\n");
    assertThat(claimOnLine(r, 6).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
