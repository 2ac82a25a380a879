package gradlab.symbolic;

/**
 * One step of a compiled {@link Program}: register i (the instruction's index) = op(a, b).
 *
 * @param op the operation
 * @param a first operand register, or the input index for {@link Opcode#INPUT}
 * @param b second operand register (binary operations), else −1
 * @param constant the value of {@link Opcode#CONST}, or the exponent of {@link Opcode#POWC}
 */
public record Instruction(Opcode op, int a, int b, double constant) {

  /** The operations a compiled program is made of. */
  public enum Opcode {
    INPUT, CONST, ADD, MUL, POWC, POW, EXP, LOG, SIGMOID, TANH, RELU, SOFTPLUS, STEP, ABS
  }
}
