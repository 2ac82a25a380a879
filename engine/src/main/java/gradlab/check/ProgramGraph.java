package gradlab.check;

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
final class ProgramGraph {
  private ProgramGraph() {}

  /**
   * @param leaves the node of each input, in {@link Program#inputs()} order
   * @return the node of each register
   */
  static Node[] build(Program p, List<Node> leaves) {
    List<Instruction> code = p.code();
    Node[] r = new Node[code.size()];
    int n = leaves.isEmpty() ? 1 : leaves.get(0).value().size();
    for (int i = 0; i < r.length; i++) {
      Instruction ins = code.get(i);
      r[i] = switch (ins.op()) {
        case INPUT -> leaves.get(ins.a());
        case CONST -> Ad.constant(Tensor.full(ins.constant(), gradlab.tensor.DType.FLOAT64, n));
        case ADD -> Ad.add(r[ins.a()], r[ins.b()]);
        case MUL -> Ad.mul(r[ins.a()], r[ins.b()]);
        case POWC -> Ad.pow(r[ins.a()], ins.constant());
        case POW -> Ad.exp(Ad.mul(r[ins.b()], Ad.log(r[ins.a()])));
        case EXP -> Ad.exp(r[ins.a()]);
        case LOG -> Ad.log(r[ins.a()]);
        case SIGMOID -> Ad.sigmoid(r[ins.a()]);
        case TANH -> Ad.tanh(r[ins.a()]);
        case RELU -> Ad.relu(r[ins.a()]);
        case SOFTPLUS -> Ad.softplus(r[ins.a()]);
        // the Heaviside step is flat almost everywhere: a constant to autodiff
        case STEP -> Ad.constant(r[ins.a()].value().map(x -> x > 0 ? 1 : 0));
        case ABS -> Ad.pow(Ad.pow(r[ins.a()], 2), 0.5);
      };
    }
    return r;
  }

}
