package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class JavaShellTest {

  @Test
  void readingAJavaValueForMathLeavesTheNumberedResultsAlone() {
    try (JavaShell java = new JavaShell()) {
      Results results = new Results();
      java.eval("double lr = 0.5;", results, null);
      for (int i = 1; i <= 40; i++) {
        assertThat(java.eval("" + i + " * 1", results, null)).isEqualTo("$" + i + " ==> " + i);
        // each read must not leave a JShell temporary ($ plus a snippet id) behind
        assertThat(java.inputForm("lr")).contains("0.5");
      }
      for (int i = 1; i <= 40; i++) {
        assertThat(java.inputForm("$" + i)).as("$%d", i).contains(String.valueOf(i));
      }
      for (int i = 41; i <= 120; i++) {
        assertThat(java.inputForm("$" + i)).as("$%d is no result yet", i).isEmpty();
      }
    }
  }
}
