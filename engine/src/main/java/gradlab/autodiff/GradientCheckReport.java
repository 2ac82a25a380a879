package gradlab.autodiff;

/**
 * The outcome of a gradient check: where analytic and numeric gradients disagree most.
 *
 * @param input index of the worst input tensor
 * @param element flat index of the worst element in it
 * @param analytic the autodiff value there
 * @param numeric the central-difference value there
 * @param absoluteError |analytic − numeric|
 * @param relativeError absoluteError / max(|numeric|, 1e-12)
 * @param passed absoluteError ≤ atol + rtol·|numeric| everywhere
 * @param checked number of elements compared
 */
public record GradientCheckReport(int input, int element, double analytic, double numeric,
    double absoluteError, double relativeError, boolean passed, int checked) {

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: worst at input %d element %d: analytic "
        + "%.8g, numeric %.8g, abs err %.2e, rel err %.2e (%d elements)",
        passed ? "passed" : "FAILED", input, element, analytic, numeric, absoluteError,
        relativeError, checked);
  }
}
