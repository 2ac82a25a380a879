package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue's double forms agree with its exact descriptions: {@link MathFunction#derivative}
 * (what autodiff and the compiler use) with the symbolic rule of {@link DerivativeRules}, and
 * {@link MathFunction#apply(double...)} with the 30-digit value, at random points of each domain.
 */
@Timeout(30)
class CatalogueDerivativeTest {

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void doubleDerivativeEqualsTheSymbolicRule(MathFunction f) {
    Random r = new Random(7 + f.ordinal());
    for (int i = 0; i < 25; i++) {
      double[] x = CatalogueDomains.point(f, r);
      List<Expression> args = new ArrayList<>();
      Map<String, Double> at = new HashMap<>();
      for (int k = 0; k < x.length; k++) {
        args.add(new Sym("a" + k));
        at.put("a" + k, x[k]);
      }
      for (int k = 0; k < x.length; k++) {
        double symbolic = f == MathFunction.DIRAC_DELTA ? 0
            : Numeric.value(DerivativeRules.partial(f, 0, args, k, true), at, Environment.EMPTY);
        assertThat(f.derivative(k, x)).as("∂%s/∂x%d at %s", f, k, java.util.Arrays.toString(x))
            .isCloseTo(symbolic, Offset.offset(1e-12 * (1 + Math.abs(symbolic))));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void doubleValueEqualsThirtyDigits(MathFunction f) {
    Random r = new Random(70 + f.ordinal());
    java.math.MathContext mc = new java.math.MathContext(30);
    for (int i = 0; i < 25; i++) {
      double[] x = CatalogueDomains.point(f, r);
      BigDecimal[] big = new BigDecimal[x.length];
      for (int k = 0; k < x.length; k++) {
        big[k] = new BigDecimal(x[k]);
      }
      double precise = f.apply(mc, big).doubleValue();
      assertThat(f.apply(x)).as("%s at %s", f, java.util.Arrays.toString(x))
          .isCloseTo(precise, Offset.offset(1e-13 * (1 + Math.abs(precise))));
      if (x.length == 1 || f == MathFunction.LEAKY_RELU) {
        assertThat(f.apply1(x[0])).isEqualTo(f.apply(x[0]));
        assertThat(f.derivative1(x[0])).isEqualTo(f.derivative(0, x[0]));
        double d = f.derivative1(x[0]);
        f.derivativeFromValue().ifPresent(fromValue -> assertThat(fromValue.applyAsDouble(
            f.apply1(x[0]))).as("%s′ from its value", f).isCloseTo(d,
            Offset.offset(1e-14 * (1 + Math.abs(d)))));
      }
    }
  }
}
