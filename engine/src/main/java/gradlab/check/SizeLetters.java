package gradlab.check;

/**
 * The size of a written-out instance as a value: in the instance for n = 3 of a step with
 * {@code \sum_{i=1}^{n}}, n is 3 in what the text states too ("the weights have variance
 * $1/n$", Var(w_i) = 1/n), not a free number. Without it the true Σ Var(w_i) Var(x_i) = v was
 * refuted at n = 3.92 in its one-term instance. Stateless.
 */
final class SizeLetters {
  private SizeLetters() {}

  /** The run's context with each size letter (LaTeX) named as the point {@code k}. */
  static CheckContext atSizeInPlace(DocumentRun run, java.util.Set<String> letters, int k) {
    CheckContext out = run.ctx;
    for (String letter : letters) {
      String name = run.read(letter);
      if (name != null && EngineNames.is(name.strip())
          && !out.defines(name.strip()) && !out.point().containsKey(name.strip())) {
        out = out.withPoint(name.strip(), run.engine.eval(String.valueOf(k)));
      }
    }
    return out;
  }
}
