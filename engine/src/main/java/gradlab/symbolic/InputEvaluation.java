package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.matheclipse.core.interfaces.IExpr;

/**
 * {@link SymbolicEngine#parse(String)} and {@link SymbolicEngine#eval(String)} on the engine
 * thread: the friendly syntax read (function names renamed to the library's), its unknown names
 * refused, the friendly functions expanded, and a division by zero reported as an error instead
 * of an infinite result. Keeps the longer names the caller declared as unspecified functions.
 */
final class InputEvaluation {
  private final SymbolicEngine engine;
  private final SymjaSession session;
  private final EngineNotes notes;
  /** Longer names taken as unspecified functions, like f ({@link #declareFunctionInPlace}). */
  private final Set<String> declaredFunctions = ConcurrentHashMap.newKeySet();

  InputEvaluation(SymbolicEngine engine, SymjaSession session, EngineNotes notes) {
    this.engine = engine;
    this.session = session;
    this.notes = notes;
  }

  /** Function and activation names the friendly syntax knows, for completion and suggestions. */
  static List<String> knownNames() {
    List<String> out = new ArrayList<>(UnknownNames.KNOWN);
    for (String n : gradlab.math.Catalogue.names()) {
      if (!out.contains(n) && n.chars().allMatch(c -> c < 128)) {
        out.add(n);
      }
    }
    return out;
  }

  /** See {@link SymbolicEngine#declareFunctionInPlace}. Mutates this. */
  void declareFunctionInPlace(String name) {
    declaredFunctions.add(name);
  }

  boolean declaresFunction(String name) {
    return declaredFunctions.contains(name);
  }

  /** The input ({@code normalised}: by {@link InputForm#normalise}) parsed, not evaluated. */
  IExpr parse(String input, String normalised) {
    return FunctionAliases.rename(session.parseInput(input, normalised), engine);
  }

  /** The input parsed and evaluated; throws {@link ArithmeticException} on a division by 0. */
  IExpr eval(String input, String normalised) {
    IExpr parsed = parse(input, normalised);
    UnknownNames.check(input, parsed, declaredFunctions);
    int mark = notes.mark();
    IExpr result = ActivationCalculus.tidy(engine.evalRaw(FriendlyFunctions.expand(parsed,
        engine)), engine);
    if (DivisionByZero.happened(result, notes.since(mark))) {
      notes.dropSinceInPlace(mark); // the error says it; no note about an infinite expression
      throw DivisionByZero.error(input);
    }
    return result;
  }
}
