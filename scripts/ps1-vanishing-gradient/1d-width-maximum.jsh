// Problem set 1 (seed 000), exercise 1(d): the width bound is largest at |w| ≈ 6.9, where it is
// ≈ 0.45. Find the maximum numerically, cross-check it by solving d(width)/d|w| = 0, and plot it.
import gradlab.verdict.*;
var width = expr("(2/W)*Log(W*(1+Sqrt(1-4/W))/2-1)");
System.out.println("width(W) = " + width + ",  W = |w| > 4");
var max = window().widthMaximum(width, 20);
System.out.printf(Locale.ROOT, "Brent's method on (4, 20]:  maximum %.6f at W = %.6f%n", max.maximum(), max.argmax());
System.out.println("d(width)/dW = " + max.derivative());
System.out.printf(Locale.ROOT, "root of d(width)/dW = 0:    W = %.6f (differs by %.1e)%n",
    max.rootOfDerivative(), Math.abs(max.rootOfDerivative() - max.argmax()));
System.out.printf(Locale.ROOT, "Exercise's claim: |w| ≈ 6.9 and width ≈ 0.45 — %s (%.1f, %.2f to the digits written).%n",
    Written.agrees(max.argmax(), "6.9") && Written.agrees(max.maximum(), "0.45") ? "confirmed" : "NOT confirmed",
    max.argmax(), max.maximum());
System.out.printf(Locale.ROOT, "So even when everything lines up, only a window of width %.3f in z escapes vanishing gradients.%n",
    max.maximum());

var fig = figure("Width of the window where |w σ′(wz+b)| ≥ 1", "|w|", "width")
    .withFunction("(2/|w|) ln(|w|(1+√(1−4/|w|))/2 − 1)", fn(width, "W"), 4.0001, 20, 400)
    .withMark(String.format(Locale.ROOT, "maximum %.4f at |w| = %.3f", max.maximum(), max.argmax()),
        max.argmax(), max.maximum());
var file = plot(fig, "width-bound.png");
System.out.println("plot written: " + file);
