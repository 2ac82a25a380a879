package gradlab.symbolic;

/**
 * One step of a compiled {@link Program}: register i (the instruction's index) = op(a, b, c).
 *
 * @param op the operation
 * @param a first operand register, or the input index for {@link Opcode#INPUT}
 * @param b second operand register (binary operations), else −1
 * @param constant the value of {@link Opcode#CONST}, or the exponent of {@link Opcode#POWC}
 * @param c third operand register ({@link Opcode#SELECT}), else −1
 */
public record Instruction(Opcode op, int a, int b, double constant, int c) {

  public Instruction(Opcode op, int a, int b, double constant) {
    this(op, a, b, constant, -1);
  }

  /**
   * The operations a compiled program is made of. {@code LEAKY_RELU} is a·x for x ≤ 0 with the
   * slope in register b; {@code SELECT} is b where a &gt; 0, else c (only the chosen side is
   * read, so an infinite other side does no harm).
   */
  public enum Opcode {
    INPUT, CONST, ADD, MUL, POWC, POW, EXP, LOG, SIGMOID, TANH, RELU, SOFTPLUS, STEP, ABS, ELU,
    GELU, LEAKY_RELU, ERF, MAX, SELECT
  }
}
