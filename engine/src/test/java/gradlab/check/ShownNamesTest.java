package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports name quantities as the text wrote them, never by the reader's engine names. */
@Timeout(120)
class ShownNamesTest extends gradlab.symbolic.EngineFixture {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"out_{h1} | outh1 | out_h1",
      "\\delta^l_j | deltalj | δˡⱼ", "\\hat m_t | mhatt | m̂ₜ", "w_5 | w5 | w₅",
      "E_{total} | capetotal | E_total", "\\sigma_\\mathcal{B}^2 | sigmavcapbsq | σ_B²",
      "h_{1in} | h1in | h_1in", "a^L_j | acaplj | aᴸⱼ"})
  void theReaderRecordsHowEachNameWasWritten(String latex, String engineName, String shown) {
    LatexReader r = LatexReader.read(latex);
    assertThat(r.engineSyntax()).isEqualTo(engineName);
    assertThat(r.shownNames()).containsEntry(engineName, shown);
  }

  @Test
  void anEnglishWordIsNeverTakenForAName() {
    ShownNames names = new ShownNames();
    names.addInPlace(java.util.Map.of("at", "aₜ", "outh1", "out_h1"));
    assertThat(names.render("refuted at {outh1=1.0}")).isEqualTo("refuted at {out_h1=1.0}");
    assertThat(names.render("outh12 and xouth1")).isEqualTo("outh12 and xouth1");
  }

  @Test
  void aReportShowsTheTextsNamesInItsReasons() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("n.md",
        "$$net_{o1} = w_5 out_{h1}$$\n\n$$net_{o1} = 0.4 \\cdot 0.6$$\n");
    String evidence = r.steps().get(r.steps().size() - 1).verdict().evidence();
    assertThat(evidence).as(r.render()).contains("out_h1", "w₅").doesNotContain("outh1")
        .doesNotContain("w5");
  }
}
