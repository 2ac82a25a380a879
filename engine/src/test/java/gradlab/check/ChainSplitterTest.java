package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ChainSplitterTest {

  @Test
  void doubleEqualsIsOneRelationAsInTheMathLanguage() {
    // :check 1 - tanh(x)^2 == 4*sigma(2x)*(1 - sigma(2x)) was split into "… =" and "…"
    ChainSplitter.Chain c = ChainSplitter.split("1 - tanh(x)^2 == 4*sigma(2x)");
    assertThat(c.terms()).containsExactly("1 - tanh(x)^2", "4*sigma(2x)");
    assertThat(c.relations()).containsExactly(Relation.EQUAL);
  }

  @Test
  void chainsOfSingleEqualsAndInequalitiesSplitAtEachRelation() {
    ChainSplitter.Chain c = ChainSplitter.split("a = b \\le c");
    assertThat(c.terms()).containsExactly("a", "b", "c");
    assertThat(c.relations()).containsExactly(Relation.EQUAL, Relation.LESS_EQUAL);
  }
}
