package gradlab.symbolic;

import gradlab.math.Catalogue;
import gradlab.math.MathFunction;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Other names people write for a catalogue function: {@code sigmoid(x)} and
 * {@code logistic(x)} are σ(x), {@code ReLU(x)} is relu(x), {@code leaky_relu(x)} is
 * leakyrelu(x), {@code heaviside(x)} is H(x). Applied to a parsed engine input before it is
 * checked and evaluated, so the alias never reaches a result. Only names of two or more
 * letters are renamed: a one-letter alias such as {@code H} may be a function the user leaves
 * unspecified in engine syntax.
 */
final class FunctionAliases {
  private FunctionAliases() {}

  /** The function that {@code name} stands for when it is not the engine's own name. */
  static Optional<MathFunction> activation(String name) {
    return Catalogue.function(name).filter(f -> name.length() > 1
        && !name.equals(TreeBridge.symjaName(f)));
  }

  /** The input with every call of an alias renamed to its activation (on the engine thread). */
  static IExpr rename(IExpr parsed, SymbolicEngine engine) {
    return parsed.replaceAll(node -> {
      IExpr primed = primedCall(node, engine);
      if (primed.isPresent()) {
        return primed;
      }
      if (node.isAST() && node.head().isSymbol()) {
        Optional<MathFunction> a = activation(node.head().toString());
        if (a.isPresent()) {
          IAST call = (IAST) node;
          IExpr[] args = new IExpr[call.argSize()];
          for (int i = 0; i < args.length; i++) {
            args[i] = rename(call.getAt(i + 1), engine);
          }
          if (a.get() == MathFunction.LOGSUMEXP) {
            return TreeBridge.logSumExp(args);
          }
          return F.function(engine.parseSymja(TreeBridge.symjaName(a.get())), args);
        }
      }
      return F.NIL;
    }).orElse(parsed);
  }

  /**
   * {@code tanh'(0)}, {@code sigmoid'(z)}: the derivative of a catalogue function written by
   * the name people type. Symja reads it as Derivative(1)[tanh][0] of a symbol tanh, which the
   * checker took for an undefined name ("tanh is not defined", found by a new user); the
   * symbol is renamed to the engine's function. F.NIL where {@code node} is no such call.
   */
  private static IExpr primedCall(IExpr node, SymbolicEngine engine) {
    if (!node.isAST() || !node.head().isAST()) {
      return F.NIL;
    }
    IAST head = (IAST) node.head();
    if (!head.head().isAST() || !((IAST) head.head()).head().equals(F.Derivative)
        || head.argSize() != 1 || !head.arg1().isSymbol()) {
      return F.NIL;
    }
    String name = SymjaNames.userName(head.arg1().toString()); // tanh is escaped as a name
    Optional<MathFunction> a = activation(name); // sigma' stays the engine's own σ′
    if (a.isEmpty() || a.get() == MathFunction.LOGSUMEXP) {
      return F.NIL;
    }
    IAST call = (IAST) node;
    IExpr[] args = new IExpr[call.argSize()];
    for (int i = 0; i < args.length; i++) {
      args[i] = rename(call.getAt(i + 1), engine);
    }
    return F.function(F.unaryAST1(head.head(), engine.parseSymja(TreeBridge.symjaName(
        a.get()))), args);
  }
}
