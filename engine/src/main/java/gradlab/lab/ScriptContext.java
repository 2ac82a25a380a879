package gradlab.lab;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What a script sees of the session that runs it, through {@link Lab}: the symbolic engine,
 * the folder plots and grades are written to, the grade book, and whether training shows a
 * progress bar. A front-end (console, kernel, script runner, command line) owns the session and
 * installs its context with {@link Lab#use} while it runs code; {@code Lab} keeps no state of
 * its own besides which context is current.
 *
 * @param engine the session's engine; may block until the engine has started
 * @param outputDir where plots and grade files go (relative paths stay relative)
 * @param grades the session's grade book (Modified by {@link Lab#expect})
 * @param progress whether {@link Lab#train} draws a progress bar (stdout is a terminal)
 * @param values the session's math results and definitions, for {@link Lab#value}
 */
public record ScriptContext(Supplier<SymbolicEngine> engine, Path outputDir, GradeBook grades,
    boolean progress, MathValues values) {

  /** A context without math values of its own (a script run). */
  public ScriptContext(Supplier<SymbolicEngine> engine, Path outputDir, GradeBook grades,
      boolean progress) {
    this(engine, outputDir, grades, progress, MathValues.NONE);
  }

  /** The output folder when a front-end does not name one. */
  public static final Path DEFAULT_OUTPUT = Path.of("out");

  /**
   * A context whose engine starts, with {@code config}, when first asked for; the engine is
   * created once.
   */
  public static ScriptContext lazy(EngineConfig config, Path outputDir, boolean progress) {
    return new ScriptContext(new Once(config), outputDir, new GradeBook(), progress);
  }

  /** Creates the engine on first use; thread-safe. */
  private static final class Once implements Supplier<SymbolicEngine> {
    private final EngineConfig config;
    private volatile SymbolicEngine engine;

    Once(EngineConfig config) {
      this.config = config;
    }

    @Override
    public SymbolicEngine get() {
      SymbolicEngine e = engine;
      if (e == null) {
        synchronized (this) {
          if (engine == null) {
            engine = SymbolicEngine.create(config);
          }
          e = engine;
        }
      }
      return e;
    }
  }
}
