package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which statements and which prose make an assumption rather than a claim. */
@Timeout(10)
class AssumptionsTest {
  @Test
  void tildeBeforeANamedLawIsADistributionAndBeforeANumberIsNot() {
    assertThat(Assumptions.isDistribution("W \\sim U\\left[-a, a\\right]")).isTrue();
    assertThat(Assumptions.isDistribution("x \\sim \\mathcal{N}(0, 1)")).isTrue();
    assertThat(Assumptions.isDistribution("L_{\\text{gradient}} \\sim 0.25^2")).isFalse();
    assertThat(Assumptions.isDistribution("\\sim U[0, 1]")).isFalse();
  }

  @Test
  void forEveryQuantifiesAPlainListOfNamesOnly() {
    assertThat(Assumptions.quantified("For every ", "x")).containsExactly("x");
    assertThat(Assumptions.quantified("holds for all real ", "x, y")).containsExactly("x", "y");
    assertThat(Assumptions.quantified("For every ", "x > 0")).isEmpty();
    assertThat(Assumptions.quantified("so that ", "x")).isEmpty();
    assertThat(Assumptions.quantified("for all ", "j")).isEmpty(); // an index, not a real
    assertThat(Assumptions.quantified("for each ", "x")).isEmpty();
  }

  @Test
  void assumeThatIntroducesAHypothesisAndSoThatConcludes() {
    assertThat(Hypotheses.introducesHypothesis("and assume that ")).isTrue();
    assertThat(Hypotheses.introducesHypothesis("a set such that ")).isTrue();
    assertThat(Hypotheses.introducesHypothesis("in the case ")).isTrue();
    assertThat(Hypotheses.introducesHypothesis("Let $u = x y$, so that ")).isFalse();
  }
}
