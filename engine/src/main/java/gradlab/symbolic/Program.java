package gradlab.symbolic;

import java.util.List;

/**
 * A compiled expression list, free of Symja: straight-line code in SSA form where instruction i
 * writes register i, shared subexpressions computed once.
 *
 * @param inputs the input variables, in the order values are supplied
 * @param code the instructions
 * @param outputs the registers holding the results, in the order requested
 */
public record Program(List<String> inputs, List<Instruction> code, int[] outputs) {
  public Program {
    inputs = List.copyOf(inputs);
    code = List.copyOf(code);
    outputs = outputs.clone();
  }

  @Override
  public int[] outputs() {
    return outputs.clone();
  }
}
