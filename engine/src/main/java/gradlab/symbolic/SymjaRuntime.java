package gradlab.symbolic;

import edu.jas.kern.PreemptStatus;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.expression.F;

/**
 * The one place where Symja's process-wide static settings are made. Symja keeps its
 * configuration in mutable static fields; we set the few we need exactly once, before the first
 * engine is created, and never touch them afterwards.
 */
final class SymjaRuntime {
  private static boolean initialised;

  private SymjaRuntime() {}

  /** Idempotent; thread-safe. */
  static synchronized void ensureInitialised() {
    if (initialised) {
      return;
    }
    // log4j-api would print a "no logging implementation" warning on first use.
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogLevel", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    // JAS (polynomial arithmetic) starts a non-daemon pool that keeps the JVM alive ~60 s.
    Config.JAS_NO_THREADS = true;
    // Symja's static start-up (F) switches off JAS's only stop check: a polynomial built while
    // its thread is interrupted throws PreemptingException. Without it a gcd inside Together
    // (the highway layer's derivative, srivastava-highway-gates.md line 15) ran on after its
    // budget, beside the restarted engine, to 5.4 GB. F first, so that it cannot undo this.
    if (F.C0 == null) {
      throw new IllegalStateException("Symja did not start");
    }
    PreemptStatus.setAllow();
    initialised = true;
  }
}
