package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code W^T} typed at the console: with W a matrix it was W's entries each raised to a power
 * T ({{1, 2^T}, {3^T, 4^T}}), and with W a name it was the power W^T with no word that a
 * transpose is not meant. As in the checker, a superscript T that the session gives no value is
 * a transpose: of a matrix it is taken, elsewhere the power is shown with a note.
 */
@Timeout(60)
class ASuperscriptTIsReadAsATransposeTest extends gradlab.symbolic.EngineFixture {

  @Test
  void theTransposeOfAMatrixIsTakenAndSaidSo() {
    Worksheet w = new Worksheet(engine);
    w.evaluate("W = [[1, 2], [3, 4]]", Worksheet.Format.UNICODE);
    engine.drainNotes();
    assertThat(w.evaluate("W^T", Worksheet.Format.UNICODE)).isEqualTo("{{1, 3}, {2, 4}}");
    assertThat(engine.drainNotes()).containsExactly("read W^T as transpose(W), W being a matrix");
  }

  @Test
  void aPowerTOfANameIsShownWithANote() {
    Worksheet w = new Worksheet(engine);
    engine.drainNotes();
    assertThat(w.evaluate("W^T", Worksheet.Format.UNICODE)).isEqualTo("W^T");
    assertThat(engine.drainNotes()).containsExactly("read W^T as the power W to a number T; "
        + "for a matrix's transpose write transpose(W)");
  }

  @Test
  void aTGivenAValueIsAPowerWithoutANote() {
    Worksheet w = new Worksheet(engine);
    w.evaluate("T = 3", Worksheet.Format.UNICODE);
    engine.drainNotes();
    assertThat(w.evaluate("b^T", Worksheet.Format.UNICODE)).isEqualTo("b³");
    assertThat(engine.drainNotes()).isEmpty();
  }
}
