package gradlab.math;

import java.util.List;

/**
 * One input's tokens and the parser's place in them, with the errors for what must come next
 * (an unclosed bracket, a stray token at the end, Symja's '[' syntax). Not thread-safe: one
 * instance per input.
 */
final class TokenStream {
  private final String input;
  private final List<Token> tokens;
  private int at;

  TokenStream(String input) {
    this.input = input;
    this.tokens = Lexer.tokens(input);
  }

  String input() {
    return input;
  }

  Token peek() {
    return tokens.get(at);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  /** The token {@code k} places before the current one (the first token at most). */
  Token behind(int k) {
    return tokens.get(Math.max(0, at - k));
  }

  Token next() {
    return tokens.get(at++);
  }

  /** Moves past {@code k} tokens already looked at with {@link #peek(int)}. */
  void skip(int k) {
    at += k;
  }

  /** Nothing may follow a whole expression: the error names what does, with a hint. */
  void expectEnd() {
    Token t = peek();
    if (t.is("[")) {
      next();
      brackets(t);
    }
    if (t.kind() != Token.Kind.END) {
      throw new ParseException("unexpected '" + t.text() + "'", t.position(),
          Brackets.hint(input, t.is("=") ? "use == for an equation"
              : "an operator may be missing"));
    }
  }

  /** The closing {@code op} of the bracket {@code opener}, or the error saying it is missing. */
  void expect(String op, Token opener) {
    Token t = peek();
    if (t.is("[") && op.equals(")")) { // diff(softmax({a, b})[[1]], a): the indexing is wrong,
      next(); // not the call's bracket ("the '(' at column 5 is not closed", user38)
      brackets(t);
    }
    if (!t.is(op)) {
      String hint = t.is(",") && op.equals(")") ? Brackets.VECTOR_HINT // v = (1, 2, 3)
          : Brackets.hint(input, "the '" + opener.text() + "' at column "
          + (opener.position() + 1) + " is not closed here; an operator or comma may be missing");
      throw new ParseException("'" + op + "' expected.", t.position(), hint);
    }
    next();
  }

  /** The error for a '[' (just read as {@code t}): Symja's call or indexing syntax. */
  private void brackets(Token t) {
    if (peek().is("[")) {
      throw new ParseException("list indexing [[…]] is not part of the language",
          t.position(), "lists hold results; write the item you need, or call functions "
          + "with round brackets: f(x)");
    }
    if (peek().kind() == Token.Kind.NUMBER) { // x[1]: indexing, or a Mathematica call f[1]
      throw new ParseException("indexing with '[' is not part of the language", t.position(),
          "the math language does not index lists (a :py or :java line does: x[0]); "
          + "a function call takes round brackets: f(1)");
    }
    throw new ParseException("'[' is not part of the language", t.position(),
        "write function calls with round brackets: f(x)");
  }
}
