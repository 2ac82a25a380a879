package gradlab.symbolic;

import java.time.Duration;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The library's Simplify within a time limit, on the engine thread: on timeout the input comes
 * back unsimplified, the library's messages are dropped and a note says so.
 */
final class BoundedSimplify {
  /** How the note begins; a stopped evaluation forgets it (no result to call unsimplified). */
  static final String NOTE_START = "simplification stopped after ";

  private BoundedSimplify() {}

  static IExpr of(SymbolicEngine engine, IExpr e, Duration limit, EngineNotes notes) {
    long ms = limit.toMillis();
    IExpr r = engine.evalRaw(F.function(F.symbol("TimeConstrained"),
        F.function(F.symbol("Simplify"), e), F.num(ms / 1000.0), F.symbol("$Aborted")));
    if (r.toString().equals("$Aborted")) {
      notes.dropMessagesInPlace();
      engine.note(NOTE_START + ms + " ms; result left unsimplified");
      return e;
    }
    return ActivationCalculus.tidy(r, engine);
  }
}
