package gradlab.check;

/**
 * One item of LaTeX that is not a number or a letter: a bracket, a bar or a norm, ∇, ∫, a power,
 * a prime, an operator or a command. Moved out of {@link LatexReader#item()} (pure movement, to
 * keep the reader under 300 lines). Stateless.
 */
final class LatexSymbols {
  private LatexSymbols() {}

  /** As {@link LatexReader#item()} at {@code ch}, which is neither a digit nor a letter. */
  static String[] item(LatexReader r, char ch) {
    LatexCursor c = r.cursor();
    LatexReading reading = r.reading();
    switch (ch) {
      case '{':
        c.advance();
        return LatexReader.operand("(" + r.sequence('}') + ")");
      case '(': {
        c.advance();
        String inner = r.sequence(')');
        if (inner.isBlank()) {
          throw new UnsupportedLatexException("empty brackets (or only \\text in them)");
        }
        if (TopLevel.split(inner, ',').size() > 1) {
          String column = TransposedTuples.column(r, inner); // (2, 1)^⊤: a column vector
          if (column != null) {
            return LatexReader.operand(column);
          }
          throw new UnsupportedLatexException("pairs (a, b) (a point or a vector? vectors are "
              + "read as [a, b])");
        }
        return LatexReader.operand("(" + inner + ")");
      }
      case '[': {
        c.advance();
        String inner = r.sequence(']');
        if (TopLevel.split(inner, ',').size() > 1) {
          if (c.peek() == '^') { // [x_1, x_2]^⊤: the same components, as a column
            c.advance();
            String mark = LatexVectors.transposeAt(c);
            c.advance(mark == null ? -1 : mark.length());
          }
          return LatexReader.operand(LatexVectors.list(inner));
        }
        return LatexReader.operand("(" + inner + ")");
      }
      case '|':
        if (c.peek(1) == '|') {
          c.advance(2);
          return LatexReader.operand(LatexVectors.norm(r, "||"));
        }
        c.advance();
        return LatexReader.operand("Abs(" + r.sequence('|') + ")");
      case '‖':
        c.advance();
        return LatexReader.operand(LatexVectors.norm(r, "‖"));
      case '∇':
        c.advance();
        return LatexReader.operand(LatexVectors.nabla(r));
      case '∫':
        c.advance();
        return LatexReader.operand(LatexIntegrals.integral(r));
      case '^':
        int caret = c.position();
        boolean afterGroup = c.position() > 0 && ")]}".indexOf(c.peek(-1)) >= 0;
        c.advance();
        if (UprightTransposes.at(c)) { // (ΦᵀΦ)^{\mathrm{T}}: upright T is never a variable
          throw new UnsupportedLatexException("transposes (vectors and matrices are not read)");
        }
        if (afterGroup && (c.peek() == 'T' || c.startsWith("{T}"))
            && !reading.variables().contains(LatexNames.safe("T"))) {
          // cs231n's (\delta^{l+1})^Tw: a transpose, as x^T is (LatexScripts); a power only
          // where the text gives T a value or a definition
          throw new UnsupportedLatexException("transposes (vectors and matrices are not read)");
        }
        if (c.peek() == '*') {
          c.advance();
          return new String[] {"star", "postfix"};
        }
        String exponent = r.argument();
        c.skipSpacing();
        if (exponent.replace(" ", "").equals("-1") && c.peek() == '('
            && !CompoundBases.before(c.between(0, caret), caret)) {
          throw new UnsupportedLatexException("^{-1} before a bracket after no catalogue "
              + "function (ambiguous: inverse or reciprocal, f⁻¹(x) or x/f)");
        }
        return new String[] {"^(" + exponent + ")", "postfix"};
      case '\'':
        char before = c.position() > 0 ? c.peek(-1) : ' '; // ℓ''(0) had "after a bracket"
        throw new UnsupportedLatexException(")]}".indexOf(before) >= 0 ? "a prime after a bracket"
            : "a prime not read after '" + before + "' (a second prime, or a prime after a "
            + "name that is not a function the text defines)");
      case '+', '-', '*', '/', ',':
        c.advance();
        return new String[] {String.valueOf(ch), "op"};
      case '\\':
        return LatexCommands.command(r);
      default:
        throw new UnsupportedLatexException("unexpected '" + ch + "'");
    }
  }
}
