package gradlab.check;

/**
 * A vector of numbers typed in plain text, as in a phone or chat answer: {@code w = [1, 2]},
 * {@code x = [0.5, -1]^T} (square brackets; {@code (1, 2)} keeps its hint that round brackets
 * hold one expression). The engine syntax has no such value, so the definition was "cannot
 * read" and every step through the name "not checked". The name now takes the value (a list is
 * a column, {@link NumericMatrixLiterals}) for steps worked out at the values the text states
 * ({@link NumericMatrixClaims}); it is still no free variable of the scalar reader, so a step
 * that reader would take through it as a number ({@code w x}) is never refuted. Stateless.
 */
final class TypedVectors {
  private TypedVectors() {}

  /**
   * Records {@code name = rawRhs} where {@code rawRhs} is a list of at least two numbers, and
   * says whether it did; otherwise records nothing.
   */
  static boolean defineInPlace(DocumentRun run, int line, String name, String shown,
      String rawRhs) {
    NumericMatrixLiterals.Literal literal = NumericMatrixLiterals.of(rawRhs);
    if (run.latex() || literal == null || !rawRhs.strip().startsWith("[") // (1, 2): the hint
        || literal.value().getNumElements() < 2
        || !EngineNames.is(name)) {
      return false;
    }
    run.ctx = run.ctx.withoutDefinitions(java.util.Set.of(name)).withoutPoint(name);
    run.statedMatrices.put(name, literal.value()); // a later value replaces it
    run.untaken.markInPlace(run, name, line); // never a free number of the scalar reader
    run.out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs.strip(), null,
        NumericMatrixClaims.STATED));
    return true;
  }
}
