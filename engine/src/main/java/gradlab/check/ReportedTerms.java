package gradlab.check;

/**
 * A chain's term as the report shows it: the engine's pd(A, B) of an underbrace claim written
 * back as ∂A/∂B, and dd( as diff(, as the text wrote it. Moved out of {@link DocumentSteps}
 * (302 lines) as it was; its javadoc had been left two methods above it.
 */
final class ReportedTerms {
  private ReportedTerms() {}

  /** pd(A, B) from an underbrace claim, written back as ∂A/∂B for the report. */
  static String readable(String s) {
    return s.replaceAll("pd\\((\\w+), (\\w+)\\)", "∂$1/∂$2")
        .replaceAll("(?<![A-Za-z0-9_])dd\\(", "diff("); // as the text wrote it
  }
}
