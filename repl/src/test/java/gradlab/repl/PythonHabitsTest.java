package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PythonHabitsTest {

  @Test
  void pythonLinesGetTheHintToUsePy() {
    for (String line : new String[] {"import numpy as np", "from math import exp",
        "print(\"hi\")", "x = np.array([1, 2])", "math.exp(1)", "def f(x):",
        "for i in range(3):", "torch.tensor([1.0])", "scipy.special.expit(1)", "tf.exp(1.0)"}) {
      assertThat(PythonHabits.hint(line)).as(line).contains("':py " + line + "'");
    }
  }

  @Test
  void mathAndJavaLinesGetNoPythonHint() {
    for (String line : new String[] {"exp(1)", "diff(sigma(w*x + b), b)", "x = [1, 2]",
        "int n = 5;", "Math.sqrt(2)", "important = 3", "printer(2)", "deform(x)"}) {
      assertThat(PythonHabits.hint(line)).as(line).isEmpty();
    }
  }

  @Test
  void bareHelpQuitAndExitNameTheCommands() {
    assertThat(PythonHabits.bareWord("help")).hasValueSatisfying(s -> assertThat(s)
        .contains(":help"));
    assertThat(PythonHabits.bareWord("exit()")).hasValueSatisfying(s -> assertThat(s)
        .contains(":quit"));
    assertThat(PythonHabits.bareWord("quit")).isPresent();
    assertThat(PythonHabits.bareWord("helper")).isEmpty();
    assertThat(PythonHabits.bareWord("help(sigma)")).isEmpty();
  }

  @Test
  void clearingANameTheWayOtherToolsDoNamesForgetInsteadOfMultiplying() {
    // clear x was read as the product clear·x (3clear after x = 3)
    for (String line : new String[] {"clear x", "Clear[x]", "clear(x)", "del x", "x =.",
        "unset x"}) {
      assertThat(PythonHabits.bareWord(line)).as(line).hasValueSatisfying(s -> assertThat(s)
          .contains(":forget x").startsWith("nothing was done"));
    }
    assertThat(PythonHabits.bareWord("clear(x, y)")).hasValueSatisfying(s -> assertThat(s)
        .contains(":forget x y"));
    assertThat(PythonHabits.bareWord("clear")).hasValueSatisfying(s -> assertThat(s)
        .contains("Ctrl-L"));
    assertThat(PythonHabits.bareWord("clear = 3")).isEmpty();
    assertThat(PythonHabits.bareWord("clearance*x")).isEmpty();
  }
}
