package gradlab.symbolic;

/**
 * The largest width of the window, over W = |w| > 4.
 *
 * @param argmax W* found by Brent's method on the width itself
 * @param maximum the width at W*
 * @param rootOfDerivative W* found independently as the root of d(width)/dW = 0
 * @param derivative d(width)/dW, symbolic
 */
public record WidthMaximum(double argmax, double maximum, double rootOfDerivative,
    Expr derivative) {}
