package gradlab.check;

/**
 * What {@link ChainHeads} decided of a chain: the name it defines (or the inherited one), the
 * index of its first term still to check, whether it is an inline claim, and, where a reading
 * took the chain whole, the chain's result ({@code done}, else null).
 */
record ChainHead(String head, int first, boolean inlineClaim, String[] done) {
  /** A chain a reading took whole: {@code result} is what {@link DocumentRun#chain} returns. */
  static ChainHead done(String[] result) {
    return new ChainHead(null, 0, false, result);
  }
}
