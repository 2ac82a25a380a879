package gradlab.math;

/** An equation, inequality or rule ({@code x → 1}) between two expressions. */
public record Relation(Kind kind, Expression lhs, Expression rhs) implements Expression {

  /** The relations, with their input and Unicode spellings. */
  public enum Kind {
    EQUAL("==", "="), NOT_EQUAL("!=", "≠"), LESS("<", "<"), LESS_EQUAL("<=", "≤"),
    GREATER(">", ">"), GREATER_EQUAL(">=", "≥"), RULE("->", "→");

    private final String input;
    private final String unicode;

    Kind(String input, String unicode) {
      this.input = input;
      this.unicode = unicode;
    }

    public String input() {
      return input;
    }

    public String unicode() {
      return unicode;
    }
  }
}
