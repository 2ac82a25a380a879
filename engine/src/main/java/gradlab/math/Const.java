package gradlab.math;

/** A mathematical constant. */
public record Const(Kind kind) implements Expression {
  public static final Const PI = new Const(Kind.PI);
  public static final Const E = new Const(Kind.E);

  /** The constants the language knows. */
  public enum Kind { PI, E }
}
