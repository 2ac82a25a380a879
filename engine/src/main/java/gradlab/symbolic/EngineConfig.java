package gradlab.symbolic;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one {@link SymbolicEngine}, passed in explicitly.
 *
 * @param timeLimit bound on every evaluation; on expiry the evaluation is stopped and an
 *     {@link EvaluationTimeoutException} is thrown
 * @param simplifyLimit bound on a simplification; on expiry the unsimplified result is kept and
 *     a note says so
 * @param iterationLimit Symja's {@code $IterationLimit}
 * @param recursionLimit Symja's {@code $RecursionLimit}
 */
public record EngineConfig(
    Duration timeLimit, Duration simplifyLimit, int iterationLimit, int recursionLimit) {

  public EngineConfig {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(simplifyLimit, "simplifyLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
    }
    if (iterationLimit < 10 || recursionLimit < 10) {
      throw new IllegalArgumentException("iteration and recursion limits must be at least 10");
    }
  }

  /** 30 s per evaluation, 5 s per simplification. */
  public static EngineConfig defaults() {
    return new EngineConfig(Duration.ofSeconds(30), Duration.ofSeconds(5), 10_000, 1_024);
  }

  public EngineConfig withTimeLimit(Duration limit) {
    return new EngineConfig(limit, simplifyLimit.compareTo(limit) > 0 ? limit : simplifyLimit,
        iterationLimit, recursionLimit);
  }
}
