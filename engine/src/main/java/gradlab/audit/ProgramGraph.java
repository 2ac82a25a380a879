package gradlab.audit;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Node;
import gradlab.symbolic.Instruction;
import gradlab.symbolic.Program;
import gradlab.tensor.Tensor;
import java.util.List;


/**
 * Runs a compiled {@link Program} as a tensor program: each register becomes an autodiff node
 * over 1-d tensors of N points, built only from the autodiff primitives. This is an independent
 * route to the gradient: the backward rules of the primitives, not the symbolic derivative.
 */
public final class ProgramGraph {
  private ProgramGraph() {}

  /**
   * @param leaves the node of each input, in {@link Program#inputs()} order
   * @param root the register whose graph is wanted
   * @return the node of each register {@code root} depends on (null for the others, which may
   *     use operations that autodiff has no primitive for, such as a piecewise definition)
   */
  public static Node[] build(Program p, List<Node> leaves, int root) {
    List<Instruction> code = p.code();
    boolean[] needed = new boolean[code.size()];
    needed[root] = true;
    for (int i = root; i >= 0; i--) {
      if (needed[i] && code.get(i).op() != Instruction.Opcode.INPUT) {
        for (int operand : new int[] {code.get(i).a(), code.get(i).b(), code.get(i).c()}) {
          if (operand >= 0) {
            needed[operand] = true;
          }
        }
      }
    }
    Node[] r = new Node[code.size()];
    int n = leaves.isEmpty() ? 1 : leaves.get(0).value().size();
    for (int i = 0; i <= root; i++) {
      if (needed[i]) {
        r[i] = node(code.get(i), r, leaves, n);
      }
    }
    return r;
  }

  private static Node node(Instruction ins, Node[] r, List<Node> leaves, int n) {
    return switch (ins.op()) {
      case INPUT -> leaves.get(ins.a());
      case CONST -> Ad.constant(Tensor.full(ins.constant(), gradlab.tensor.DType.FLOAT64, n));
      case ADD -> Ad.add(r[ins.a()], r[ins.b()]);
      case MUL -> Ad.mul(r[ins.a()], r[ins.b()]);
      case POWC -> Ad.pow(r[ins.a()], ins.constant());
      case POW -> Ad.exp(Ad.mul(r[ins.b()], Ad.log(r[ins.a()])));
      case CALL -> ins.b() < 0 ? Ad.apply(ins.function(), r[ins.a()])
          : Ad.apply(ins.function(), r[ins.a()], r[ins.b()]);
      case SELECT -> throw new IllegalArgumentException("the autodiff route has no primitive "
          + "for a piecewise definition in the loss; hint: write the loss with the catalogue's "
          + "functions (elu, relu, max, …) instead");
    };
  }

}
