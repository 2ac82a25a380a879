package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** In --json an assumption is whole in lhs, with no relation: never "=" for an inequality. */
class JsonAssumptionRelationTest extends EngineFixture {

  @Test
  void anAssumedInequalityHasNoRelationInJson() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Assume $z > 0$. Then $$\\frac{d}{dz} z^2 = 2z .$$\n");
    assertThat(r.toJson()).as(r.render()).contains("\"lhs\":\"z > 0\",\"relation\":\"\"")
        .contains("\"relation\":\"=\"");
  }
}
