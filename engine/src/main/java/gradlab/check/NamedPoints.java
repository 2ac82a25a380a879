package gradlab.check;

import java.util.List;

/**
 * Several names given one value in prose, Nielsen's "say $w_1 = w_2 = w_3 = w_4 = 100$": each
 * name is bound to the value, as {@code w_1 = 100} alone would be, instead of the chain being
 * read as claims that w₁ = w₂, w₂ = w₃, … (which name nothing the text defines). Read only in
 * inline math, where every term but the last is a name the text has not defined and the last is
 * a number.
 */
final class NamedPoints {
  private NamedPoints() {}

  /** Binds each name and returns true, or returns false for any other chain. */
  static boolean several(DocumentRun run, int line, List<String> raw, List<Relation> relations,
      List<String> terms) {
    if (raw.size() < 3 || relations.stream().anyMatch(r -> r != Relation.EQUAL)
        || terms.contains(null) || !terms.getLast().strip().matches("-?\\d+(\\.\\d+)?")) {
      return false;
    }
    for (String t : terms.subList(0, terms.size() - 1)) {
      if (!t.matches("[A-Za-z][A-Za-z0-9]*") || run.ctx.defines(t)
          || run.functions.contains(t)) {
        return false;
      }
    }
    for (int k = 0; k < raw.size() - 1; k++) {
      run.chain(line, raw.get(k) + " = " + raw.getLast(), false, true, null);
    }
    return true;
  }
}
