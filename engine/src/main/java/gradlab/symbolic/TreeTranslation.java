package gradlab.symbolic;

import gradlab.math.Expression;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.matheclipse.core.interfaces.IExpr;

/**
 * {@link SymbolicEngine#tree}: the engine's expressions translated to math-language trees, with
 * a count of those translated and those refused (a head the math language does not have). The
 * bridge is made on first use and forgotten when the engine starts a new evaluator. Used on the
 * engine thread only; the counts may be read from any thread.
 */
final class TreeTranslation {
  private final SymbolicEngine engine;
  private TreeBridge bridge; // made and used on the engine thread only
  private final AtomicLong made = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  TreeTranslation(SymbolicEngine engine) {
    this.engine = engine;
  }

  /** The old evaluator's symbols: the bridge is built again on first use. */
  void forgetInPlace() {
    bridge = null;
  }

  /** How many expressions were translated, and how many could not be. */
  long[] use() {
    return new long[] {made.get(), refused.get()};
  }

  Optional<Expression> of(IExpr e) {
    if (bridge == null) {
      bridge = new TreeBridge(engine);
    }
    try {
      Expression t = bridge.fromSymja(e);
      if (TreeBridge.isPlain(t)) {
        made.incrementAndGet();
        return Optional.of(t);
      }
    } catch (RuntimeException ex) {
      if (ex instanceof EvaluationTimeoutException) {
        throw ex;
      }
    }
    refused.incrementAndGet();
    return Optional.empty();
  }
}
