package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The closing line of a folder check is right for any pile, zeros and ones included. */
@Timeout(5)
class FolderTotalsTest {
  @Test
  void aPileWithEveryKindCountsEach() {
    assertThat(new FolderTotals(8, 4, 1, 2, 1).sentence()).isEqualTo("8 files: 4 with a refuted "
        + "step, 1 with every step decided and none refuted, 2 with none refuted but some step not "
        + "decided, 1 not read");
  }

  @Test
  void oneFileIsSingular() {
    assertThat(new FolderTotals(1, 0, 0, 1, 0).sentence()).isEqualTo("1 file: 0 with a refuted "
        + "step, 0 with every step decided and none refuted, 1 with none refuted but some step not "
        + "decided, 0 not read");
  }
}
