package gradlab.polyglot;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A failed {@code lab} call raised as the guest's own exception with gradlab's one-line message:
 * in Python a {@code ValueError} ({@code PermissionError} for what the sandbox refuses,
 * {@code ZeroDivisionError} for a division by zero), in JavaScript an {@code Error}. A Java
 * exception crossing into GraalPy was caught by no {@code except Exception}, and ended the
 * script with its Java class name and at the wrong line (user23).
 */
final class GuestErrors {
  private final Value general;
  private final Value refused;
  private final Value division;

  private GuestErrors(Value general, Value refused, Value division) {
    this.general = general;
    this.refused = refused;
    this.division = division;
  }

  /** The exception classes of {@code language} ("js" or "python") in an initialised context. */
  static GuestErrors of(Context c, String language) {
    if (language.equals("python")) {
      return new GuestErrors(c.eval("python", "ValueError"), c.eval("python", "PermissionError"),
          c.eval("python", "ZeroDivisionError"));
    }
    Value error = c.eval(language, "Error");
    return new GuestErrors(error, error, error);
  }

  /**
   * Runs a {@code lab} call; its failure is thrown as the guest's exception. An exception of
   * the guest itself (a stop at the time limit, an error in a guest value it reads) passes as
   * it is.
   */
  <T> T call(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (PolyglotException e) {
      throw e;
    } catch (RuntimeException e) {
      Value kind = e instanceof SecurityException ? refused
          : e instanceof ArithmeticException ? division : general;
      throw kind.newInstance(String.valueOf(e.getMessage())).throwException();
    }
  }
}
