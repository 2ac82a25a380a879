package gradlab.math;

/** One statement: a definition {@code name = value} (name non-null) or an expression. */
public record Statement(String name, Expression value) {
  public boolean isDefinition() {
    return name != null;
  }
}
