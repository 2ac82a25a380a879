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

  /** How the note ends when the input came back unchanged. */
  private static final String UNSIMPLIFIED = "; result left unsimplified";

  /**
   * Another way of simplifying gave a smaller result after one way stopped: "result left
   * unsimplified" was shown beside a simplified result (simplify(σ′(z)(σ(z) − y) …) showed
   * σ(z) − y with that note). A number or a single name is as simple as it gets (the note is
   * forgotten); any other result may simplify further, and the note says that instead.
   */
  static void simplifiedAnotherWayInPlace(EngineNotes notes, boolean toALeaf) {
    notes.rewriteInPlace(NOTE_START, n -> toALeaf ? null
        : n.replace(UNSIMPLIFIED, "; the result shown came another way and may simplify further"));
  }

  static IExpr of(SymbolicEngine engine, IExpr e, Duration limit, EngineNotes notes) {
    long ms = limit.toMillis();
    IExpr r = engine.evalRaw(F.function(F.symbol("TimeConstrained"),
        F.function(F.symbol("Simplify"), e), F.num(ms / 1000.0), F.symbol("$Aborted")));
    if (r.toString().equals("$Aborted")) {
      notes.dropMessagesInPlace();
      engine.note(NOTE_START + ms + " ms" + UNSIMPLIFIED);
      return e;
    }
    return ActivationCalculus.tidy(r, engine);
  }
}
