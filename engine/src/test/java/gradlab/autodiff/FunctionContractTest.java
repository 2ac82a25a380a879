package gradlab.autodiff;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.math.CatalogueDomains;
import gradlab.math.MathFunction;
import gradlab.tensor.DType;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every function of the catalogue is an autodiff primitive whose forward value is the
 * catalogue's value and whose backward rule is the catalogue's derivative, element by element,
 * and which passes the finite-difference check. A function added to the catalogue is tested here
 * without a line changed.
 */
@Timeout(30)
class FunctionContractTest {
  private static final int N = 12;

  /** N random points of f's domain, one tensor per argument. */
  private static List<Tensor> inputs(MathFunction f, Random r) {
    int arity = CatalogueDomains.point(f, r).length;
    double[][] cols = new double[arity][N];
    for (int i = 0; i < N; i++) {
      double[] p = CatalogueDomains.point(f, r);
      for (int k = 0; k < arity; k++) {
        cols[k][i] = p[k];
      }
    }
    List<Tensor> out = new ArrayList<>();
    for (double[] c : cols) {
      out.add(Tensor.of(c, N));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void forwardAndBackwardAreTheCataloguesValueAndDerivative(MathFunction f) {
    List<Tensor> in = inputs(f, new Random(11 + f.ordinal()));
    List<Node> leaves = in.stream().map(Ad::leaf).toList();
    Node y = Ad.apply(f, leaves.toArray(Node[]::new));
    Gradients g = Gradients.backward(y, Tensor.full(1, DType.FLOAT64, N), leaves);
    for (int i = 0; i < N; i++) {
      double[] x = new double[in.size()];
      for (int k = 0; k < x.length; k++) {
        x[k] = in.get(k).at(i);
      }
      assertThat(y.value().at(i)).as("%s value", f).isEqualTo(f.apply(x));
      for (int k = 0; k < x.length; k++) {
        double d = f.derivative(k, x); // exp, σ, tanh: from the value y, to rounding
        assertThat(g.get(leaves.get(k)).at(i)).as("%s ∂/∂x%d", f, k)
            .isCloseTo(d, org.assertj.core.data.Offset.offset(1e-15 * (1 + Math.abs(d))));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void finiteDifferencesAgree(MathFunction f) {
    Random r = new Random(23 + f.ordinal());
    List<Tensor> in = inputs(f, r);
    Tensor v = Tensor.uniform(r, -1, 1, DType.FLOAT64, N);
    GradientCheckReport report = GradientCheck.check(
        leaves -> Ad.sum(Ad.mul(Ad.apply(f, leaves.toArray(Node[]::new)), Ad.constant(v))), in);
    assertThat(report.passed()).as(report.toString()).isTrue();
  }
}
