package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "dL/dw for L = (a - y)^2/2:" typed in plain text: the definition inside the label was not
 * read, and the next step was "not checked: L is not defined" (a new user, issue 12). {@link
 * LabelledDefinitions}.
 */
@Timeout(120)
class LabelledDefinitionsTest extends CheckFixture {
  private static final String LABEL = "dL/dw for L = (a - y)^2/2 with a = w*x:\ndL/dw = %s\n";

  @Test
  void aStepAfterALabelWithItsDefinitionsIsProved() {
    CheckReport r = checkText("label.txt", LABEL.formatted("(a - y)*x"));
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongFactorAfterTheLabelIsRefutedAtItsLine() {
    CheckReport r = checkText("label.txt", LABEL.formatted("(a - y)*w"));
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void definitionsAfterWhereInASentenceAreEachRead() {
    List<String> read = new ArrayList<>();
    assertThat(LabelledDefinitions.readInPlace("Compute dL/dw, where L = (a - y)^2/2 and a = w*x.",
        read::add, n -> false)).isTrue();
    assertThat(read).containsExactly("L = (a - y)^2/2", "a = w*x");
  }

  @Test
  void valuesConditionsAndDefinedNamesAreNoLabelledDefinitions() {
    for (String s : new String[] {"dL/dw for w = 0.5:", "This holds for a = b.",
        "for i = 1..4: x_i = i", "dL/dw for L = x^2"}) {
      assertThat(LabelledDefinitions.readInPlace(s, x -> { }, n -> n.equals("L"))).as(s)
          .isFalse();
    }
  }
}
