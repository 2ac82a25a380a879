package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** A range written as membership ($\alpha \in (0,1)$, $x \in \mathbb{R}_{>0}$) is a hypothesis. */
class IntervalMembershipRangeTest extends EngineFixture {

  @Test
  void leakySlopeInAnOpenIntervalIsNotRefutedOutsideIt() {
    // f'(z) = α for z < 0 was ✗ at α = 1.68: \alpha \in (0,1) was dropped without a word
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Leaky ReLU with slope $\\alpha \\in (0,1)$: $f(z) = \\max(\\alpha z, z)$, so "
            + "$f'(z) = 1$ for $z > 0$ and $f'(z) = \\alpha$ for $z < 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> "assumption".equals(s.note())
        && s.lhs().contains("\\in"));
  }

  @Test
  void wrongSlopeInsideTheIntervalIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Leaky ReLU with slope $\\alpha \\in (0,1)$: $f(z) = \\max(\\alpha z, z)$, so "
            + "$f'(z) = 2\\alpha$ for $z < 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void membershipInProseAfterForBoundsTheName() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$f(x) = \\max(\\alpha x, x)$$ for α ∈ (0, 1), so $f'(x) = \\alpha$ for $x < 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void intervalsAndNumberSetsReadAsInequalities() {
    assertThat(IntervalMemberships.asInequalities("\\alpha \\in (0,1)")).hasValue(
        "0 < \\alpha < 1");
    assertThat(IntervalMemberships.asInequalities("\\alpha\\in(0,1]")).hasValue(
        "0 < \\alpha \\le 1");
    assertThat(IntervalMemberships.asInequalities("α ∈ [0, 1)")).hasValue("0 \\le α < 1");
    assertThat(IntervalMemberships.asInequalities("x \\in \\mathbb{R}_{>0}")).hasValue("x > 0");
    assertThat(IntervalMemberships.asInequalities("n \\in \\mathbb{N}")).hasValue("n \\ge 1");
    assertThat(IntervalMemberships.asInequalities("t \\in [0, \\infty)")).hasValue("t \\ge 0");
    assertThat(IntervalMemberships.asInequalities("x \\in \\mathbb{R}")).hasValue("");
    assertThat(IntervalMemberships.asInequalities("x = (1, 2)")).isEmpty();
    assertThat(IntervalMemberships.asInequalities("p \\in (1, 0)")).isEmpty();
  }
}
