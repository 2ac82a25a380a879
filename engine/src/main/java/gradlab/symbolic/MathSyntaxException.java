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
    return new MathSyntaxException(original.strip(), col, problem, hintFor(problem, original));
  }

  private static String hintFor(String problem, String input) {
    String brackets = gradlab.math.Brackets.hint(input, null);
    if (brackets != null) {
      return brackets;
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
