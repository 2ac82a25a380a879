package gradlab.symbolic;

import gradlab.math.MathFunction;

/**
 * One step of a compiled {@link Program}: register i (the instruction's index) = op(a, b, c).
 *
 * @param op the operation
 * @param a first operand register, or the input index for {@link Opcode#INPUT}
 * @param b second operand register (binary operations), else −1
 * @param constant the value of {@link Opcode#CONST}, or the exponent of {@link Opcode#POWC}
 * @param c third operand register ({@link Opcode#SELECT}), else −1
 * @param function the catalogue function of {@link Opcode#CALL}, else null
 */
public record Instruction(Opcode op, int a, int b, double constant, int c,
    MathFunction function) {

  public Instruction(Opcode op, int a, int b, double constant) {
    this(op, a, b, constant, -1, null);
  }

  public Instruction(Opcode op, int a, int b, double constant, int c) {
    this(op, a, b, constant, c, null);
  }

  /** f(register a) or, when b ≥ 0, f(register a, register b). */
  public static Instruction call(MathFunction f, int a, int b) {
    return new Instruction(Opcode.CALL, a, b, 0, -1, f);
  }

  /**
   * The operations a compiled program is made of. {@code CALL} applies a function of the
   * catalogue ({@link MathFunction}: its double value), so every catalogue function compiles;
   * {@code SELECT} is b where a &gt; 0, else c (only the chosen side is read, so an infinite
   * other side does no harm).
   */
  public enum Opcode {
    INPUT, CONST, ADD, MUL, POWC, POW, CALL, SELECT
  }
}
