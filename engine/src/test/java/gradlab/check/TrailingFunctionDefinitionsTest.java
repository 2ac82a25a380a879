package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$$g'(x) = 2x + 3 = h(x) + 3$$ where $h(x) = 2x$": a function defined after the display that
 * applies it was not used for it ("h is not defined in the text").
 */
@Timeout(60)
class TrailingFunctionDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aFunctionDefinedAfterWhereIsUsedForTheDisplayBeforeIt() {
    CheckReport r = check("$$g(x) = x^2 + 3x$$\n\n$$g'(x) = 2x + 3 = h(x) + 3$$\n\n"
        + "where $h(x) = 2x$.\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongStepBeforeItsWhereFunctionIsRefutedSpanningTheClause() {
    CheckReport r = check("$$g(x) = x^2 + 3x$$\n\n$$g'(x) = 2x + 3 = h(x) + 1$$\n\n"
        + "where $h(x) = 2x$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    StepResult s = r.firstRefuted().get();
    assertThat(s.line()).isEqualTo(3);
    assertThat(s.line() + (s.lhs() + s.rhs()).chars().filter(c -> c == '\n').count())
        .as(r.render()).isEqualTo(5);
  }

  @Test
  void aGreekFunctionAfterWhereIsReadAsWell() {
    CheckReport r = check("$$\\frac{d}{dx} x^3 = 3 x \\Phi(x)$$\n\nwhere $\\Phi(x) = x$.\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aFunctionTheTextDefinedBeforeIsNotRedefinedByAWhere() {
    // h defined on line 1: the "where" clause is a claim after the display, in the text's order
    CheckReport r = check("$$h(x) = 2x$$\n\n$$h(1) = 2$$\n\nwhere $h(x) = 3x$.\n");
    assertThat(r.steps().stream().filter(s -> s.line() == 3).findFirst().orElseThrow()
        .verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
