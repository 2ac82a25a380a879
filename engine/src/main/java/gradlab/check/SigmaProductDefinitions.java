package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Definitions whose σ before a factor reads two ways ({@link TwoReadingDefinitions#SIGMA}): the
 * sigmoid applied, as the context stores them, or σ times the factor. Burges's RankNet names σ
 * "the parameter" and restates its cost for S_ij = 1 as {@code C = \log(1 + e^{-\sigma(s_i -
 * s_j)})}: C was stored with the sigmoid, so the step {@code \partial C/\partial s_i = \sigma(…)}
 * read with σ a number was "σ on one side only" (its planted sign never found), and a step
 * without σ(…) of its own, true with σ a number (σ = 1), was ✗ against the sigmoid's C.
 * A text writes σ(…) one way throughout: a step is read with σ a number in its definitions as
 * well as in itself, and refuted only where the sigmoid's reading fails too
 * ({@link Readings#combine}). Mutable: one per document run.
 */
final class SigmaProductDefinitions {
  /** The ambiguity named where a step has no σ(…) of its own but a definition it uses has. */
  static final String AMBIGUITY = "σ before a factor in a definition the step uses as the "
      + "sigmoid applied or as a quantity times it";

  private record Pair(Expr sigmoid, Expr product) {}

  private final Map<String, Pair> byName = new LinkedHashMap<>();

  /**
   * After a chain's head was read: where {@code head} is now defined as {@code main}'s right
   * side, read with σ as the sigmoid, and {@code alt} reads σ as a number there, keeps both.
   */
  void recordInPlace(DocumentRun run, String head, ChainTerms main, ChainTerms alt) {
    if (head == null || alt == null || main.engine().size() != 2 || alt.engine().size() != 2
        || main.ambiguities().stream().noneMatch(a -> a.startsWith(TwoReadingDefinitions.SIGMA))) {
      return;
    }
    String sigmoid = main.engine().get(1);
    String product = alt.engine().get(1);
    Expr stored = current(run.ctx, head);
    if (sigmoid == null || product == null || sigmoid.equals(product) || stored == null) {
      return;
    }
    try {
      if (stored.equals(run.checker.expandFunctions(run.ctx, run.engine.eval(sigmoid)))) {
        byName.put(head, new Pair(stored,
            run.checker.expandFunctions(run.ctx, run.engine.eval(product))));
      }
    } catch (RuntimeException e) {
      // the product's reading is not one the engine reads: the definition keeps one reading
    }
  }

  /**
   * {@code at} with each kept definition read with σ a number, where {@code at} still holds its
   * sigmoid reading (a later definition of the name ends the pair); {@code at} itself if none.
   */
  CheckContext productReading(CheckContext at) {
    CheckContext out = at;
    for (Map.Entry<String, Pair> e : byName.entrySet()) {
      if (e.getValue().sigmoid().equals(current(at, e.getKey()))) {
        out = out.reading(new Definition(e.getKey(), e.getValue().product()));
      }
    }
    return out;
  }

  private static Expr current(CheckContext ctx, String name) {
    return ctx.definitions().stream().filter(d -> d.name().equals(name)).map(Definition::rhs)
        .findFirst().orElse(null);
  }
}
