package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.math.Expression;
import gradlab.math.Parser;
import gradlab.math.Relation;
import gradlab.math.Sym;
import org.junit.jupiter.api.Test;

/** A library limit at ∞ is shown only where the values far out approach it. */
class LimitsAtInfinityTest {
  private static final Expression TO_INFINITY = new Relation(Relation.Kind.RULE, new Sym("x"),
      new Sym("infinity"));

  @Test
  void anAnswerTheFarValuesApproachStands() {
    assertThatCode(() -> LimitsAtInfinity.requireAgreement(Parser.parse("x/(x + 1)"),
        TO_INFINITY, Parser.parse("1"))).doesNotThrowAnyException();
  }

  @Test
  void anAnswerTheFarValuesSettleAwayFromIsNotShown() {
    // the library said 0 for relu(x)/x, which is 1 far out
    assertThatThrownBy(() -> LimitsAtInfinity.requireAgreement(Parser.parse("x/(x + 1)"),
        TO_INFINITY, Parser.parse("0"))).hasMessageContaining("not what the values far out "
        + "approach");
  }

  @Test
  void valuesThatDoNotSettleAreNoEvidence() {
    assertThatCode(() -> LimitsAtInfinity.requireAgreement(Parser.parse("sin(x)"),
        TO_INFINITY, Parser.parse("0"))).doesNotThrowAnyException();
  }
}
