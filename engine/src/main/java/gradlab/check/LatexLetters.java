package gradlab.check;

/**
 * One item of LaTeX that begins with a letter: a plain word, a subscripted word, a name, or e
 * (Euler's number or the text's quantity e). Moved out of {@link LatexReader#item()} (pure
 * movement, to keep the reader under 300 lines). Stateless.
 */
final class LatexLetters {
  private LatexLetters() {}

  /** As {@link LatexReader#item()} at the letter {@code ch}. */
  static String[] item(LatexReader r, char ch) {
    LatexCursor c = r.cursor();
    LatexReading reading = r.reading();
    String word = LatexWords.plain(r);
    if (word != null) {
      return LatexReader.operand(word);
    }
    String multi = LatexWords.subscriptedWord(r);
    if (multi != null) {
      return r.named(LatexScripts.name(r, multi));
    }
    c.advance();
    if (ch == 'e') {
      // e^… is Euler's number unless the text defines a quantity e (an error e = y − t);
      // a bare e is that quantity, named ev so that no evaluator takes it for Euler's e
      if (c.peek() == '^' && !reading.variables().contains(LatexReader.VARIABLE_E)) {
        return LatexReader.operand("E");
      }
      if (c.peek() == '^') { // the text's e, or Euler's number: e^{-t} reads best as exp
        r.ambiguity("e^… as Euler's number or as the text's e");
        if (reading.eAsEuler()) {
          return LatexReader.operand("E");
        }
      }
      if (!reading.variables().contains(LatexReader.VARIABLE_E) && c.peek() != '_'
          && (r.nested() || !c.between(0, c.position() - 1).isBlank() || !c.rest().isBlank())) {
        return LatexReader.operand("E"); // \frac{1}{e}: Euler's number, as e^… is (it was "ev is not defined")
      }
      return r.named(LatexScripts.name(r, LatexReader.VARIABLE_E));
    }
    return r.named(LatexScripts.name(r, String.valueOf(ch)));
  }
}
