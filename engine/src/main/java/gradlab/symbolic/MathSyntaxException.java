package gradlab.symbolic;

import org.matheclipse.parser.client.SyntaxError;

/** Input that cannot be parsed. {@link #getMessage()} shows the input with a caret and a hint. */
public final class MathSyntaxException extends IllegalArgumentException {
  private final String input;
  private final int column;
  private final String problem;
  private final String hint;

  public MathSyntaxException(String input, int column, String problem, String hint) {
    super(render(input, column, problem, hint));
    this.input = input;
    this.column = column;
    this.problem = problem;
    this.hint = hint;
  }

  static MathSyntaxException from(String original, String normalised, SyntaxError e) {
    int col = Math.max(0, Math.min(e.getStartOffset(), original.length()));
    if (!original.strip().equals(normalised)) {
      col = Math.min(col, original.length()); // normalisation shifts columns; stay inside the line
    }
    String problem = e.getError() == null ? "syntax error" : e.getError();
    if (col >= original.strip().length() && problem.startsWith("Error in factor")) {
      problem = "unexpected end of input";
    }
    java.util.regex.Matcher named = NAMED_CHARACTER.matcher(problem);
    if (named.find()) { // Symja's own name of the character ('\[DownTee]' for ⊤) leaked
      String typed = firstUnread(normalised);
      return new MathSyntaxException(original.strip(), Math.max(0, original.strip().indexOf(
          typed)), "the character " + typed + " is not part of the math syntax",
          typed.equals("⊤") || typed.equals("ᵀ") ? "a transpose is not read in a formula; "
          + "write the product of the components, w1*x1 + w2*x2" : "write it in words, or "
          + "as ASCII: * for a product, sum(…), sqrt(…)");
    }
    return new MathSyntaxException(original.strip(), col, problem, hintFor(problem, original));
  }

  /** Symja's message for a character it names, {@code (named unicode) character: '\[DownTee]'}. */
  private static final java.util.regex.Pattern NAMED_CHARACTER = java.util.regex.Pattern.compile(
      "named unicode\\) character|'\\\\\\[[A-Za-z]+\\]'");

  /** The first character of {@code input} outside ASCII: the one the parser did not read. */
  private static String firstUnread(String input) {
    return input.codePoints().filter(c -> c > 127).findFirst().stream().mapToObj(
        Character::toString).findFirst().orElse("?");
  }

  private static String hintFor(String problem, String input) {
    String brackets = gradlab.math.Brackets.hint(input, null);
    if (brackets != null) {
      return brackets;
    }
    if (problem.contains("')' expected") && gradlab.math.Brackets.tupleHint(input) != null) {
      return gradlab.math.Brackets.VECTOR_HINT; // x = (1, 2) in a plain-text derivation
    }
    if (problem.contains("prefix operator") || problem.contains("factor")) {
      return "an operand is missing next to an operator";
    }
    return "write functions as name(args), e.g. diff(sigma(w*x+b), b)";
  }

  private static String render(String input, int column, String problem, String hint) {
    return "syntax error: " + problem + "\n  " + input + "\n  " + " ".repeat(Math.max(0, column))
        + "^\n  hint: " + hint;
  }

  public String input() {
    return input;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }

  public String hint() {
    return hint;
  }
}
