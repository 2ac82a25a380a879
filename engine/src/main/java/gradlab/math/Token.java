package gradlab.math;

/** A lexical token: its kind, its text (normalised for names) and its offset in the input. */
record Token(Kind kind, String text, int position) {
  enum Kind { NUMBER, NAME, OPERATOR, SUPERSCRIPT, END }

  boolean is(String op) {
    return kind == Kind.OPERATOR && text.equals(op);
  }
}
