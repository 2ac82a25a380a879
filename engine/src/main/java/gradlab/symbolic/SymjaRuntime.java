package gradlab.symbolic;

import org.matheclipse.core.basic.Config;

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
    initialised = true;
  }
}
