package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A command's variable is free inside it, where the session defines the name: after
 * z = w·x + b, maximize(σ′(z), z) printed the library's "D: b+w*x is not a valid variable" six
 * times (found by a student who had defined z earlier in the console).
 */
@Timeout(60)
class OperationVariableTest extends gradlab.symbolic.EngineFixture {

  private static String sheet(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void maximizeOverADefinedNameMaximizesOverTheName() {
    engine.drainNotes();
    assertThat(sheet("z = w*x + b; maximize(sigma'(z), z)")).isEqualTo("{1/4, {z → 0}}");
    List<String> notes = engine.drainNotes();
    assertThat(notes).containsExactly("z is the variable of maximize here, so its definition "
        + "z = w·x + b is not put in (:forget z drops the definition)");
  }

  @Test
  void aConstantDefinitionDoesNotRewriteThePointOfTheAnswer() {
    // z = 3 put into the answer's rule would read {1/4, {3 → 0}}
    assertThat(sheet("z = 3; a = sigma(z); maximize(a*(1 - a), z)")).isEqualTo("{1/4, {z → 0}}");
  }

  @Test
  void seriesAndSolveTakeTheirVariableFreeToo() {
    assertThat(sheet("z = w*x + b; series(sigma(z), z, 0, 3)"))
        .isEqualTo("1/2 + z/4 − z³/48 + O(z⁴)");
    assertThat(sheet("z = w*x + b; solve(2*z == 1, z)")).isEqualTo("{{z → 1/2}}");
  }

  @Test
  void otherDefinitionsStillMeanTheirFormulas() {
    assertThat(sheet("z = w*x + b; w = 2; maximize(-(z - w)^2, z)")).isEqualTo("{0, {z → 2}}");
  }
}
