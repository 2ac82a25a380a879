package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class JavaFailureTest {
  @Test
  void compilerMessageKeepsItsContinuationLinesAndEarlierOutputStaysApart() {
    String out = "k ==> 4\nerror: cannot find symbol\n  symbol:   variable i\n  location: class";
    Result.Failure f = JavaFailure.of(out);
    assertThat(f.name()).isEqualTo("CompileError");
    assertThat(f.message()).isEqualTo("cannot find symbol\n  symbol:   variable i\n"
        + "  location: class");
    assertThat(JavaFailure.beforeError(out)).isEqualTo("k ==> 4");
  }

  @Test
  void thrownExceptionIsNamedByItsClass() {
    Result.Failure f = JavaFailure.of("error: ArithmeticException: / by zero");
    assertThat(f.name()).isEqualTo("ArithmeticException");
    assertThat(f.message()).isEqualTo("/ by zero");
    assertThat(JavaFailure.beforeError("error: ArithmeticException: / by zero")).isEmpty();
  }

  @Test
  void outputWithoutAnErrorLineIsNoFailure() {
    assertThat(JavaFailure.of("x ==> 3\nerrors ==> 0")).isNull();
    assertThat(JavaFailure.beforeError("x ==> 3")).isEqualTo("x ==> 3");
  }
}
