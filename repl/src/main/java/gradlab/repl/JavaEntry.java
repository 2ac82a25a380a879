package gradlab.repl;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/** One Java entry of a {@link Session} as a {@link Result}: numbered, failed or stopped. */
final class JavaEntry {
  private JavaEntry() {}

  /**
   * Runs {@code source} in the JShell within {@code limit}. A result that JShell numbered is
   * the entry's {@code $N}; a rejected snippet that parses as math gets the hint naming
   * {@code :math}; a stopped one fails as {@code TimeLimit} (the watchdog) or
   * {@code Interrupted} (Ctrl-C, an interrupt request).
   *
   * @param results the session's numbered results (Modified: a value takes the next number)
   * @param echoStatements whether a snippet ending in {@code ;} shows its value
   */
  static Result evaluate(JavaShell javaShell, Results results, gradlab.lab.Worksheet sheet,
      Duration limit, boolean echoStatements, Predicate<String> parsesAsMath, String source) {
    var timedOut = new AtomicBoolean();
    int before = results.count();
    // what the snippet prints is bounded as Python's and JavaScript's prints are
    String text = gradlab.polyglot.BoundedOutput.systemStreamsDuring(
        gradlab.polyglot.BoundedOutput.LIMIT, () -> javaShell.evalWithin(source, results, sheet,
            limit, timedOut, echoStatements));
    Result.Failure f = JavaFailure.of(text);
    if (f != null && javaShell.lastRejected()) {
      f = f.withHint(LineRouter.explainRejection(source, "", parsesAsMath));
    }
    if (text.endsWith(JavaShell.STOPPED)) {
      f = timedOut.get() ? new Result.Failure("TimeLimit", "Java stopped after "
          + limit.toMillis() + " ms (time limit); hint: raise it with :timeout")
          : new Result.Failure("Interrupted",
              "Java evaluation interrupted; the state up to the stop is kept");
    }
    if (f != null) {
      return new Result(OptionalInt.empty(), JavaFailure.beforeError(text), null, null,
          List.of(), f);
    }
    OptionalInt n = results.count() > before ? OptionalInt.of(results.count())
        : OptionalInt.empty();
    return new Result(n, text, null, null, List.of(), null);
  }
}
