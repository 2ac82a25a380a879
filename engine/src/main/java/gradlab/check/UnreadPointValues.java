package gradlab.check;

import java.util.List;

/**
 * A named point given a new value the reader cannot read: {@code $a = 0.2$} (a leaky ReLU's
 * slope), then {@code $a = \text{gain} \times \sqrt{\frac{6}{n}}$} (PyTorch's documentation
 * reuses a for Xavier's bound), then {@code $$a = \sqrt{\frac{6}{384}} = 0.125$$}. The point's
 * old value ended where the text gave the name another, even unread; before, the last step was
 * refuted "at a = 0.2" (held34: a true step of the torch.nn.init passage was ✗). The point is
 * dropped and the name marked unread ({@link DocumentRun#unread}), as an unread new definition
 * of a defined name is ({@link ChainHeads}); the values computed so far are stale. A new value
 * read but written through a name the text gives nowhere (lead35: {@code \text{gain}}, read
 * as a name) ends the point as well. Stateless.
 */
final class UnreadPointValues {
  private UnreadPointValues() {}

  /**
   * Ends the point {@code head} where this chain gives it an unread value, and returns true
   * where the chain is taken whole (inline: no claim left); false for any other chain.
   */
  static boolean endInPlace(DocumentRun run, int line, List<String> raw, String head,
      List<String> terms, Relation rel0, boolean claims, String failure) {
    if (rel0 != Relation.EQUAL || head == null || !EngineNames.is(head)
        || !run.ctx.point().containsKey(head) || run.ctx.defines(head) || raw.size() != 2) {
      return false;
    }
    if (terms.get(1) != null && failure == null) { // a = gain·√(6/n), gain named nowhere
      if (newNames(run, head, terms.get(1))) {
        run.earlierPoints.endInPlace(run, head);
      }
      return false; // the chain itself is checked as before
    }
    if (terms.get(1) != null || failure == null) {
      return false;
    }
    run.earlierPoints.endInPlace(run, head); // nor is the old value meant by the steps after
    run.unread.put(head, line);
    if (claims) {
      return false; // a display: its steps are still shown, unread
    }
    run.unreadDefinition(line, raw, failure);
    return true;
  }

  /**
   * Whether {@code rhs} names a quantity the text neither defines nor gives a value: then
   * {@code head = rhs} gives the point's name a new value through it (PyTorch's {@code a =
   * \text{gain} \times \sqrt{6/n}} after {@code a = 0.2}), and the old value ends there too.
   */
  private static boolean newNames(DocumentRun run, String head, String rhs) {
    try {
      return run.engine.freeSymbols(run.engine.eval(rhs)).stream().anyMatch(n ->
          !n.equals(head) && !run.ctx.defines(n) && !run.ctx.point().containsKey(n));
    } catch (RuntimeException e) {
      return false; // not a formula the engine reads: the chain reports that itself
    }
  }
}
