package gradlab.symbolic;

import java.time.Duration;

/** An evaluation that ran past its time limit, or was interrupted (limit zero). */
public final class EvaluationTimeoutException extends RuntimeException {
  private final Duration limit;

  public EvaluationTimeoutException(Duration limit) {
    super(limit.isZero() ? "evaluation interrupted"
        : "evaluation stopped after " + limit.toMillis() + " ms (time limit); "
            + "hint: raise it with :timeout or --timeout, or simplify the input");
    this.limit = limit;
  }

  public Duration limit() {
    return limit;
  }
}
