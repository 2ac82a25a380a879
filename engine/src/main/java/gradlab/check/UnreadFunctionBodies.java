package gradlab.check;

import gradlab.symbolic.UnknownFunctionException;
import java.util.List;

/**
 * A function defined through a function the text never defines and the engine does not know:
 * "Let $p(x) = \mathcal{N}(\mu_1, \sigma_1)$" (a density named by its distribution). Taken as a
 * rule, p made every later step "not checked: unknown function" (held-out round 9: the KL of two
 * Gaussians), also the steps that never use p. Such a definition is not taken: p is unread, the
 * steps that use p are not checked, and the others are checked as usual. Stateless.
 */
final class UnreadFunctionBodies {
  private UnreadFunctionBodies() {}

  /** Refuses the definition of {@code f} as {@code body} (engine syntax) where the engine cannot. */
  static boolean refusedInPlace(DocumentRun run, int line, String f, List<String> raw,
      String body) {
    try {
      run.engine.eval(body);
      return false;
    } catch (UnknownFunctionException e) {
      run.ctx = run.ctx.withoutFunction(f);
      run.unread.put(f, line);
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
          new StepVerdict.NotChecked("a function defined through "
              + LatexNames.readable(e.name()) + "(…), which the text does not define; steps "
              + "that use " + LatexNames.readable(f) + " are not checked"), ""));
      return true;
    } catch (RuntimeException e) {
      return false; // another failure: the definition is taken as before
    }
  }
}
