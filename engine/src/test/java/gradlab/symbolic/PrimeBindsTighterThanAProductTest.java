package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The algebra library binds a prime more loosely than a product: {@code 2*f'(x)^2}, typed or
 * read back from an expression's input form, was {@code (2*f'(x))^2} = 4·f′(x)², and each read
 * back squared the coefficient again. Every parse writes primes as {@code Derivative} forms.
 */
class PrimeBindsTighterThanAProductTest extends EngineFixture {

  @Test
  void aCoefficientBeforeASquaredDerivativeIsNotSquared() {
    Expr typed = eval("2*f'(x)^2");
    assertThat(typed).isEqualTo(eval("2*(f'(x))^2"));
    assertThat(typed).isNotEqualTo(eval("4*(f'(x))^2"));
    assertThat(eval("eta*sigma'(z)^2*w")).isEqualTo(eval("w*eta*(sigma'(z))^2"));
  }

  @Test
  void anInputFormReadBackIsTheSameExpression() {
    for (String s : new String[] {"2*f'(x)^2", "a*f''(x)^3", "D(2*sigma(z)^2, {z, 2})",
        "eta*sigma'(z)^2*w - 3*g'(y)"}) {
      Expr e = eval(s);
      assertThat(eval(e.input())).as(s).isEqualTo(e);
      assertThat(engine.parse(e.input())).as(s).isEqualTo(engine.parse(eval(e.input()).input()));
    }
  }

  @Test
  void aSecondDerivativeOfASquaredSigmoidHasCoefficientTwo() {
    Expr d = eval("D(sigma(z)^2, {z, 2})");
    assertThat(prove(d.input(), "2*(sigma'(z))^2 + 2*sigma(z)*sigma''(z)")).isInstanceOf(
        IdentityVerdict.Proved.class);
    assertThat(prove(d.input(), "4*(sigma'(z))^2 + 2*sigma(z)*sigma''(z)")).isInstanceOf(
        IdentityVerdict.Refuted.class);
  }
}
