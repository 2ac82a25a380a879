package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a chain introduces in its middle, {@code p(\mathcal{C}_k|\boldsymbol{\phi}) =
 * y_k(\boldsymbol{\phi}) = \frac{\exp(a_k)}{\sum_j \exp(a_j)}} (Bishop, PRML 4.104): the head is
 * defined as the middle term, and the middle term, an indexed name the text has not defined, is
 * defined by the last term for each index, as {@code y_k = \frac{\exp(a_k)}{\sum_j \exp(a_j)}}
 * alone is ({@link IndexedFamilies}). The second link was checked as a claim about an undefined
 * y_k ("holds only for values the text does not state"), so y_k stayed undefined and the planted
 * Jacobian {@code \frac{\partial y_k}{\partial a_j} = y_k(I_{kj} - y_k)} was not checked. An
 * argument written after the name ({@code (\boldsymbol{\phi})}) is dropped only where the last
 * term does not name it (y_k depends on φ through the a_k the text defines apart). Only a chain
 * of two equalities whose last term is a Σ over symbolic bounds (written out per member).
 */
final class MiddleNameDefinitions {
  private static final Pattern NAME = Pattern.compile("\\s*((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]"
      + "\\s*\\}|\\\\[A-Za-z]+|[A-Za-z])\\s*_\\s*(?:\\{\\s*[a-z]\\s*\\}|[a-z]))\\s*(?:\\(([^()]*)"
      + "\\))?\\s*");
  private static final Pattern FONT = Pattern.compile("\\\\(?:boldsymbol|mathbf|vec|bm)\\s*\\{"
      + "\\s*([^{}]*?)\\s*\\}");

  private MiddleNameDefinitions() {}

  /** Whether the chain's middle term was read as a definition by its last (shown as one). */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw,
      ChainSplitter.Chain c, ChainTerms main) {
    if (!run.latex() || raw.size() != 3 || c.relations().size() != 2
        || c.relations().get(0) != Relation.EQUAL || c.relations().get(1) != Relation.EQUAL
        || main.engine().get(2) != null || main.failures().get(2) == null
        || !main.failures().get(2).contains("with symbolic bounds")) {
      return false;
    }
    Matcher m = NAME.matcher(raw.get(1));
    if (!m.matches()) {
      return false;
    }
    if (m.group(2) != null) {
      String argument = FONT.matcher(m.group(2)).replaceAll("$1").strip();
      if (!argument.matches("\\\\?[A-Za-z]+") || FONT.matcher(raw.get(2)).replaceAll("$1")
          .matches("(?s).*" + Pattern.quote(argument) + "(?![A-Za-z]).*")) {
        return false;
      }
    }
    String name = m.group(1);
    String engineName = main.engine().get(1);
    if (run.indexed.defines(name) || engineName != null && EngineNames.is(engineName)
        && run.ctx.defines(engineName) || !run.indexed.define(name, raw.get(2))) {
      return false;
    }
    run.out.add(new StepResult(line, raw.get(1).strip(), Relation.EQUAL, raw.get(2), null,
        "definition"));
    return true;
  }
}
