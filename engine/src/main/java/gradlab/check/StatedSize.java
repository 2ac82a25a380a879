package gradlab.check;

/**
 * What the text says of a size letter (the n of {@code \sum_{i=1}^{n}}, the K of a family
 * {@code p_i = e^{z_i} / \sum_{k=1}^K e^{z_k}}): a quantity it defines, a value it states
 * ("Let n = 3"), and that value where it is a whole number. One lookup for
 * {@link SizedSteps} and {@link FamilyMemberValues}, which each wrote it out.
 *
 * @param defined the text defines the letter as a quantity
 * @param stated the text states a value of it at its point
 * @param whole that value where it is a whole number, else null
 */
record StatedSize(boolean defined, boolean stated, Integer whole) {

  /** The size letter {@code letter} (LaTeX) as the run's context knows it. */
  static StatedSize of(DocumentRun run, String letter) {
    String name = LatexReader.read(letter, run.reading()).engineSyntax();
    boolean stated = run.ctx.point().containsKey(name);
    String value = stated ? String.valueOf(run.ctx.point().get(name)).strip() : "";
    return new StatedSize(run.ctx.defines(name), stated,
        value.matches("\\d+") ? Integer.valueOf(value) : null);
  }
}
