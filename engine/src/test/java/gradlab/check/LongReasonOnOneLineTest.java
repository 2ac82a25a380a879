package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The report's summary line for a class of "not checked" cuts a long reason to one line. */
@Timeout(10)
class LongReasonOnOneLineTest {
  private static StepResult notChecked(int line, String reason) {
    return new StepResult(line, "a", Relation.EQUAL, "b", new StepVerdict.NotChecked(reason), "");
  }

  @Test
  void aLongReasonIsCutAtAWordWithAnEllipsis() {
    String reason = "the quantity on the left is written with a notation that the reader "
        + "recognises only partly, and the rest of it cannot be read without knowing what the "
        + "author meant by the symbols around it";
    List<String> lines = NotCheckedSummary.lines(List.of(notChecked(3, reason)));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).hasSizeLessThan(140).contains("…").contains("(line 3)");
  }

  @Test
  void aShortReasonIsKeptWhole() {
    List<String> lines = NotCheckedSummary.lines(List.of(notChecked(2, "a short reason")));
    assertThat(lines.get(0)).contains("(a short reason)").doesNotContain("…");
  }
}
