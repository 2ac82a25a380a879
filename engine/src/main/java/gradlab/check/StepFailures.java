package gradlab.check;

/**
 * Why a step the checker itself failed on is not checked. {@code \nabla f(1, 2) = [4, 1]} threw
 * a NullPointerException that ended {@code gradlab check} with no report at all: one step's
 * failure is now that step's "not checked", and the rest of the file is still checked. An
 * evaluation stopped by its time limit or by Ctrl-C is no such failure and goes on up.
 */
final class StepFailures {
  private StepFailures() {}

  /** The reason shown for {@code e}; rethrows an evaluation that was stopped. */
  static String reason(RuntimeException e) {
    if (e instanceof gradlab.symbolic.EvaluationTimeoutException) {
      throw e;
    }
    boolean internal = e instanceof NullPointerException || e instanceof ClassCastException
        || e instanceof IndexOutOfBoundsException || e instanceof IllegalStateException;
    return internal ? "the checker failed on this step (an internal error, "
        + e.getClass().getSimpleName() + "; please report it with the file)"
        : UserMessages.unreadable(e);
  }
}
