package gradlab.lab;

import gradlab.math.Environment;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a definition goes through a name defined as a constant (x = 2): then its derivative
 * is shown as a value at that constant, not in chain form with names.
 */
final class ConstantReach {
  private ConstantReach() {}

  static boolean usesConstant(Environment env, String name) {
    Set<String> constants = env.constants().keySet();
    Deque<String> todo = new ArrayDeque<>(List.of(name));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      if (constants.contains(n)) {
        return true;
      }
      env.rhs(n).ifPresent(rhs -> todo.addAll(gradlab.math.Symbols.of(rhs)));
    }
    return false;
  }
}
