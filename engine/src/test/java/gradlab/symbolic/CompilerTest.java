package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CompilerTest extends EngineFixture {

  @Test
  void compiledValueEqualsEngineValue() {
    Expr e = eval("w*sigma(z)^2 + Log(1 + z^2)/w - tanh(w*z) + softplus(z)");
    CompiledFunction f = new CompiledFunction(new Compiler(engine).compile(
        new Definitions(List.of()), List.of(e), List.of("w", "z")));
    assertThat(f.at(1.3, -0.4)[0]).isCloseTo(engine.numeric(e, Map.of("w", 1.3, "z", -0.4)),
        Offset.offset(1e-13));
  }

  @Test
  void sigmaIsComputedOnceForItsDerivativeAndItself() {
    Program p = new Compiler(engine).compile(new Definitions(List.of()),
        List.of(eval("sigma(z)"), eval("D(sigma(z), z)")), List.of("z"));
    assertThat(p.code().stream().filter(i -> i.op() == Instruction.Opcode.CALL
        && i.function() == gradlab.math.MathFunction.SIGMOID)).hasSize(1);
  }

  @Test
  void definitionsBecomeSharedRegisters() {
    Definitions d = Definitions.parse(engine, "z1 = w1*x + b1", "z2 = w2*sigma(z1) + b2");
    Program p = new Compiler(engine).compile(d, List.of(eval("z2^2"), eval("z2*z1")),
        List.of("x", "w1", "b1", "w2", "b2"));
    double[] out = new CompiledFunction(p).at(0.5, 2, -1, 3, 0.25);
    double z1 = 2 * 0.5 - 1;
    double z2 = 3 / (1 + Math.exp(-z1)) + 0.25;
    assertThat(out[0]).isCloseTo(z2 * z2, Offset.offset(1e-14));
    assertThat(out[1]).isCloseTo(z2 * z1, Offset.offset(1e-14));
  }

  @Test
  void manyPointsInParallelEqualPointByPoint() {
    Expr e = eval("sigma(a*x)*x");
    CompiledFunction f = new CompiledFunction(new Compiler(engine).compile(
        new Definitions(List.of()), List.of(e), List.of("a", "x")));
    int n = 1000;
    double[][] cols = new double[2][n];
    for (int i = 0; i < n; i++) {
      cols[0][i] = i / 100.0;
      cols[1][i] = 1 - i / 500.0;
    }
    double[][] out = f.evaluate(cols, true);
    assertThat(out[0][777]).isEqualTo(f.at(cols[0][777], cols[1][777])[0]);
  }

  @Test
  void unknownSymbolIsRefusedWithTheInputs() {
    assertThatThrownBy(() -> new Compiler(engine).compile(new Definitions(List.of()),
        List.of(eval("x + y")), List.of("x"))).hasMessageContaining("'y'")
        .hasMessageContaining("[x]");
  }

  @Test
  void everyActivationAndItsDerivativeCompileToTheEnginesValues() {
    for (Activation a : Activation.values()) {
      Expr f = eval(a.symja() + (a == Activation.LEAKY_RELU ? "(x, 1/10)" : "(x)"));
      Expr d = engine.diff(f, "x");
      CompiledFunction c = new CompiledFunction(new Compiler(engine).compile(
          new Definitions(List.of()), List.of(f, d), List.of("x")));
      for (double x : new double[] {-1.7, -0.3, 0.4, 2.2}) {
        double[] out = c.at(x);
        assertThat(out[0]).as("%s(%s)", a, x).isCloseTo(engine.numeric(f, Map.of("x", x)),
            Offset.offset(1e-12));
        assertThat(out[1]).as("%s'(%s)", a, x).isCloseTo(engine.numeric(d, Map.of("x", x)),
            Offset.offset(1e-12));
      }
    }
  }

  @Test
  void aPiecewiseReadsOnlyTheChosenSideSoAnInfiniteOtherSideDoesNoHarm() {
    Expr e = eval("Piecewise({{x, x > 0}}, Exp(1000*x))");
    CompiledFunction c = new CompiledFunction(new Compiler(engine).compile(
        new Definitions(List.of()), List.of(e), List.of("x")));
    assertThat(c.at(2)[0]).isEqualTo(2); // e^2000 overflows, but is not read
    assertThat(c.at(-1)[0]).isEqualTo(Math.exp(-1000));
    Expr le = eval("Piecewise({{1, x <= 0}}, 2)");
    CompiledFunction d = new CompiledFunction(new Compiler(engine).compile(
        new Definitions(List.of()), List.of(le), List.of("x")));
    assertThat(d.at(0)[0]).isEqualTo(1);
    assertThat(d.at(0.5)[0]).isEqualTo(2);
  }

  @Test
  void everyCatalogueActivationHasItsEngineForms() {
    for (gradlab.math.MathFunction f : gradlab.math.MathFunction.values()) {
      assertThat(java.util.Arrays.stream(Activation.values()).anyMatch(a -> a.function() == f))
          .as("%s", f).isEqualTo(f.isActivation());
    }
  }

  @Test
  void leakyReluOfOneArgumentAndItsDerivativeCompile() {
    Expr f = eval("leakyrelu(x)");
    Expr d = engine.diff(f, "x");
    CompiledFunction c = new CompiledFunction(new Compiler(engine).compile(
        new Definitions(List.of()), List.of(f, d), List.of("x")));
    assertThat(c.at(-2)).containsExactly(-0.02, 0.01);
    assertThat(c.at(3)).containsExactly(3, 1);
  }
}
