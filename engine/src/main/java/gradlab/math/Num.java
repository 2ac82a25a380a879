package gradlab.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact rational number num/den in lowest terms, den &gt; 0. */
public record Num(BigInteger num, BigInteger den) implements Expression {
  public static final Num ZERO = of(0);
  public static final Num ONE = of(1);
  public static final Num MINUS_ONE = of(-1);

  public Num {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = den.equals(BigInteger.ONE) ? den : num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.signum() == 0) {
      den = BigInteger.ONE;
    }
  }

  public static Num of(long n) {
    return new Num(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Num of(long p, long q) {
    return new Num(BigInteger.valueOf(p), BigInteger.valueOf(q));
  }

  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  public boolean isZero() {
    return num.signum() == 0;
  }

  public boolean isOne() {
    return isInteger() && num.equals(BigInteger.ONE);
  }

  public int signum() {
    return num.signum();
  }

  public Num add(Num o) {
    if (isInteger() && o.isInteger()) {
      return new Num(num.add(o.num), BigInteger.ONE);
    }
    return new Num(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Num multiply(Num o) {
    if (isInteger() && o.isInteger()) {
      return new Num(num.multiply(o.num), BigInteger.ONE);
    }
    return new Num(num.multiply(o.num), den.multiply(o.den));
  }

  public Num negate() {
    return new Num(num.negate(), den);
  }

  /** 1/this; throws {@link ArithmeticException} "division by zero" for 0. */
  public Num inverse() {
    return new Num(den, num);
  }

  /** this^k for an integer k (0^negative is a division by zero). */
  public Num pow(int k) {
    Num base = k < 0 ? inverse() : this;
    int e = Math.abs(k);
    return new Num(base.num.pow(e), base.den.pow(e));
  }

  public double toDouble() {
    return toBigDecimal(MathContext.DECIMAL64).doubleValue();
  }

  public BigDecimal toBigDecimal(MathContext mc) {
    return new BigDecimal(num).divide(new BigDecimal(den), mc);
  }
}
