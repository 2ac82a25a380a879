package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The terms of a chain in engine syntax (null where unreadable) and what was ambiguous. */
record ChainTerms(List<String> engine, List<String> failures, Set<String> ambiguities) {

  /** Reads each term; with {@code claims}, the side claims a term carries are checked too. */
  static ChainTerms read(DocumentRun run, List<String> raw, LatexReading reading, boolean claims,
      int line) {
    List<String> terms = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Set<String> ambiguous = new LinkedHashSet<>();
    for (int k = 0; k < raw.size(); k++) {
      String t = raw.get(k);
      try {
        LatexReader r = run.latex() ? LatexReader.read(t, reading) : null;
        terms.add(run.latex() ? r.engineSyntax()
            : PlainEulerNumber.euler(run, TextPi.plain(run, t, reading, ambiguous, k == 0)));
        failures.add(null);
        if (run.latex()) {
          run.shownNames.addInPlace(r.shownNames());
          ambiguous.addAll(r.ambiguities());
        }
        if (claims && run.latex()) {
          for (String[] side : r.sideClaims()) {
            run.steps.step(line, side[0], Relation.EQUAL, side[1], side[0], side[1], null, "");
          }
        }
      } catch (RuntimeException e) {
        terms.add(null);
        failures.add(e.getMessage());
      }
    }
    return new ChainTerms(terms, failures, ambiguous);
  }
}
