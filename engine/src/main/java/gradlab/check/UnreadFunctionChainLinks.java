package gradlab.check;

import java.util.List;

/**
 * {@code A(\eta) = \frac{1}{2\sigma^2}\mu^2 + \log\sigma = \frac{\eta_1^2}{4\eta_2} - …}: a chain
 * whose first link defines a function the checker does not take (a body that uses none of its
 * parameters, or one through a function the text never defines). The whole chain was dropped
 * with the definition, so a wrong later link (d2l's cumulant with the factor 4 of η₂ written 2)
 * was never checked and the planted error not located. The definition stays unread, and the
 * links after it are claims in their own right: each against the one before it (where that one
 * cannot be read, the link says so), never against the function. Stateless.
 */
final class UnreadFunctionChainLinks {
  private UnreadFunctionChainLinks() {}

  /** What became of a function's definition at the head of a chain. */
  enum Definition {
    /** The definition was taken: f is defined, the links after it are checked. */
    TAKEN,
    /** The definition was refused and the chain ends with it. */
    REFUSED,
    /** The definition was refused; the links after it are still checked. */
    REFUSED_LINKS_CHECKED
  }

  /** The outcome of a refused definition of a chain of {@code raw.size()} terms. */
  static Definition refused(List<String> raw) {
    return raw.size() > 2 ? Definition.REFUSED_LINKS_CHECKED : Definition.REFUSED;
  }
}
