package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code gradlab check --help} said it reads "Markdown with LaTeX … or the engine-syntax format"
 * and that a folder's ".md and .txt" files are checked, though it reads plain text as students
 * type it, .tex files and notebooks, and a folder's .tex and .ipynb files too (the folder's own
 * error names all four): a teacher with plain-text submissions read that they were not read
 * (user35).
 */
@Timeout(120)
class CheckHelpNamesEveryInputTest {
  @Test
  void theHelpNamesPlainTextTexAndNotebooks() {
    MainRun r = MainRun.of("check", "--help");
    assertThat(r.status()).isZero();
    String help = r.out().replaceAll("\\s+", ""); // picocli wraps lines, also inside ".tex"
    assertThat(help).contains("plaintext").contains(".texfile").contains("(.ipynb)")
        .contains(".md,.tex,.txtand.ipynb").doesNotContain("every.mdand.txtfile");
  }
}
