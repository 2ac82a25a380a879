package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BadInputTest extends EngineFixture {

  @Test
  void missingBracketPutsCaretAtEndAndHintsAtTheCount() {
    MathSyntaxException e = catchThrowableOfType(MathSyntaxException.class,
        () -> eval("diff(sigma(w*x+b), b"));
    assertThat(e.column()).isEqualTo("diff(sigma(w*x+b), b".length());
    assertThat(e.hint()).contains("1 more '(' than ')'");
    assertThat(e.getMessage()).contains("\n  diff(sigma(w*x+b), b\n").contains("^");
  }

  @Test
  void aCharacterOutsideTheSyntaxIsNamedAsTypedNotBySymjasInternalName() {
    MathSyntaxException e = catchThrowableOfType(MathSyntaxException.class,
        () -> eval("w^⊤x + b"));
    assertThat(e.getMessage()).contains("the character ⊤").doesNotContain("DownTee")
        .doesNotContain("named unicode");
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.hint()).contains("transpose");
  }

  @Test
  void danglingOperatorIsReportedAtItsColumn() {
    MathSyntaxException e = catchThrowableOfType(MathSyntaxException.class,
        () -> eval("1 + * 2"));
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.hint()).contains("operand");
  }

  @Test
  void misspelledFunctionSuggestsNearNames() {
    UnknownFunctionException e = catchThrowableOfType(UnknownFunctionException.class,
        () -> eval("integrat(x, x)"));
    assertThat(e.suggestions()).contains("integrate");
    assertThat(e.getMessage()).contains("did you mean integrate");
  }

  @Test
  void abstractFunctionFarFromKnownNamesIsAllowed() {
    assertThat(eval("D(g(z)^2, z)").unicode()).isEqualTo("2g(z)·g′(z)");
  }

  @Test
  void engineWithAShortTimeLimitStillStarts() {
    try (SymbolicEngine quick = SymbolicEngine.create(
        EngineConfig.defaults().withTimeLimit(Duration.ofMillis(200)))) {
      assertThat(quick.eval("diff(x^2, x)").input()).isEqualTo("2*x");
    }
  }

  @Test
  void longEvaluationStopsAtTheTimeLimit() {
    try (SymbolicEngine quick = SymbolicEngine.create(
        EngineConfig.defaults().withTimeLimit(Duration.ofMillis(500)))) {
      assertThatThrownBy(() -> quick.eval("Expand((x+y+z+w)^300)"))
          .isInstanceOf(EvaluationTimeoutException.class).hasMessageContaining("time limit");
      assertThat(quick.eval("1+1").input()).isEqualTo("2");
    }
  }

  @Test
  void simplificationPastItsLimitKeepsTheInputWithANote() {
    try (SymbolicEngine quick = SymbolicEngine.create(new EngineConfig(Duration.ofSeconds(30),
        Duration.ofMillis(50), 10_000, 1_024))) {
      Expr big = quick.eval("Expand((x+y+z+w)^40)");
      quick.drainNotes();
      assertThat(quick.simplify(big)).isEqualTo(big);
      assertThat(quick.drainNotes()).anyMatch(n -> n.contains("left unsimplified"));
    }
  }

  @Test
  void interruptFromAnotherThreadStopsTheEvaluation() throws Exception {
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        return;
      }
      engine.interrupt();
    });
    stopper.start();
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> eval("Expand((x+y+z+w)^300)"))
        .isInstanceOf(EvaluationTimeoutException.class).hasMessageContaining("interrupted");
    stopper.join();
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    assertThat(eval("1+1").input()).isEqualTo("2");
  }

  @Test
  void divisionByZeroIsAnErrorEveryTimeAndLeavesNoSymjaNote() {
    for (String input : new String[] {"1/0", "x/0", "0/0", "1/(x-x)", "1/0"}) {
      assertThatThrownBy(() -> engine.eval(input)).as(input)
          .isInstanceOf(ArithmeticException.class).hasMessageContaining("division by zero in "
              + input);
    }
    assertThat(engine.drainNotes()).isEmpty();
  }

  @Test
  void anInfiniteLimitIsAResultNotADivisionByZero() {
    assertThat(engine.eval("limit(1/x^2, x -> 0)").unicode()).isEqualTo("∞");
    assertThat(engine.eval("1/2").unicode()).isEqualTo("1/2");
  }

  @Test
  void sigmoidAndLogisticAreNamesOfSigma() {
    assertThat(eval("sigmoid(x)").unicode()).isEqualTo("σ(x)");
    assertThat(eval("diff(logistic(w*x), w)").unicode()).isEqualTo("x·σ′(w·x)");
  }

  @Test
  void aLongUnknownFunctionNameIsAnErrorAndAShortOneAnUnspecifiedFunction() {
    for (String input : new String[] {"softmax(x)", "hessian(x^2, x)", "diff(sigmoidal(x), x)"}) {
      assertThatThrownBy(() -> eval(input)).as(input)
          .isInstanceOf(UnknownFunctionException.class).hasMessageContaining("unknown function");
    }
    assertThat(eval("diff(phi(z)*g2(z), z)").unicode()).contains("φ′(z)").contains("g₂′(z)");
  }
}
