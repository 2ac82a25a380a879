package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.lab.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * simplify's note "result left unsimplified" is said only of a result left unsimplified: when
 * one way of simplifying stopped at its limit but another found a simpler result, the console
 * showed σ(z) − y (or 0) with that note. Whether the library's Simplify stops at a limit
 * depends on the machine's speed, so the stopped way is stood for by its note, added on the
 * engine thread where that way would add it.
 */
@Timeout(60)
class SimplifiedAnotherWayNoteTest extends EngineFixture {

  private static String simplifyAfterAStoppedWay(String input) {
    engine.drainNotes();
    engine.call(() -> {
      engine.note(BoundedSimplify.NOTE_START + "5000 ms; result left unsimplified");
      return null;
    });
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void aZeroFoundAnotherWayCarriesNoUnsimplifiedNote() {
    String shown = simplifyAfterAStoppedWay("simplify(sigma'(z) - sigma(z)*(1 - sigma(z)))");

    assertThat(shown).isEqualTo("0");
    assertThat(engine.drainNotes()).noneMatch(n -> n.contains("simplif"));
  }

  @Test
  void aSmallerResultFoundAnotherWayIsSaidToMaySimplifyFurther() {
    String shown = simplifyAfterAStoppedWay("simplify(sigma'(z) - sigma(z)*(1 - sigma(z)) + x*y)");

    assertThat(shown).isEqualTo("x·y");
    assertThat(engine.drainNotes()).noneMatch(n -> n.contains("unsimplified"))
        .anyMatch(n -> n.contains("may simplify further"));
  }

  @Test
  void aResultAsLargeAsItsInputKeepsTheUnsimplifiedNote() {
    simplifyAfterAStoppedWay("simplify(x*y + z)");

    assertThat(engine.drainNotes()).anyMatch(n -> n.contains("result left unsimplified"));
  }
}
