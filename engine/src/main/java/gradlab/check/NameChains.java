package gradlab.check;

import java.util.List;

/**
 * Two new names for one formula: Ng's {@code \hat{y} = a = \sigma(z)}. The chain names the
 * prediction ŷ and the activation a at once; it is two definitions, not a claim that a (never
 * defined) equals σ(z). Read as a claim, its second link was refuted with a sampled freely
 * (a false ✗ on a correct lecture transcript). Read only where both names are new to the
 * text — not defined, not bound at a point, not a function — the chain has exactly these three
 * terms joined by {@code =}, and its last term is read and uses neither name.
 */
final class NameChains {
  private static final String NAME = EngineNames.REGEX;

  private NameChains() {}

  /** Records the two definitions and returns true, or returns false for any other chain. */
  static boolean names(DocumentRun run, int line, List<String> raw, List<Relation> relations,
      List<String> terms) {
    if (raw.size() != 3 || relations.get(0) != Relation.EQUAL
        || relations.get(1) != Relation.EQUAL || terms.get(2) == null
        || terms.get(2).strip().matches("-?[0-9.]+")) { // x = y = 0: a point, not a formula
      return false;
    }
    String first = terms.get(0);
    String second = terms.get(1);
    if (!isNew(run, first) || !isNew(run, second) || first.equals(second)
        || mentions(terms.get(2), first) || mentions(terms.get(2), second)) {
      return false;
    }
    run.steps.define(line, second, raw.get(1), raw.get(2), terms.get(2));
    if (!run.ctx.defines(second)) {
      return true; // the formula is not a definition here (z solved from u): checked as such
    }
    run.steps.define(line, first, raw.get(0), raw.get(1), terms.get(2));
    return true;
  }

  private static boolean isNew(DocumentRun run, String name) {
    return name != null && name.matches(NAME) && !run.ctx.defines(name)
        && !run.ctx.point().containsKey(name) && !run.functions.contains(name);
  }

  private static boolean mentions(String formula, String name) {
    return formula.matches("(?s).*(?<![A-Za-z0-9])" + name + "(?![A-Za-z0-9]).*");
  }
}
