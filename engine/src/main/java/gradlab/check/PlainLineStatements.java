package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One plain-text statement left once {@link PlainTextLines} has taken a line apart: a let line,
 * an "at w = 0.6: claim" point with the claims after it, an assume line, or a claimed chain.
 * Moved out of {@link PlainTextLines} (over 300 lines) as pure movement; no behaviour change.
 * Stateless.
 */
final class PlainLineStatements {
  /** A point in "at w = 0.6, x = 1/2": a name given a number. */
  private static final Pattern POINT = Pattern.compile(
      "\\s*[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*[₀-₉]*\\s*=\\s*[-+−]?[0-9.]+"
      + "(?:\\s*/\\s*[0-9.]+)?\\s*");

  private PlainLineStatements() {}

  static void statement(DocumentRun run, int line, String s) {
    if (s.startsWith("let ")) {
      int before = run.out.size();
      run.chain(line, s.substring(4), false, true, null);
      if (run.out.size() == before) { // a let line that defined nothing had vanished
        UntakenLets.reportInPlace(run, line, s.substring(4));
      }
    } else if (s.startsWith("at ")) {
      // "at w = 0.6: dL/dw = 2(0.6 - 3) = -4.2": the point, then a claim at it (the claim had
      // been read as part of the point and vanished from the report, found by a new user)
      String rest = s.substring(3);
      int colon = rest.indexOf(':');
      List<String> claims = new ArrayList<>();
      if (colon >= 0) {
        claims.add(rest.substring(colon + 1));
        rest = rest.substring(0, colon);
      }
      List<String> parts = new ArrayList<>(List.of(rest.split(",")));
      for (int k = 0; k < parts.size(); k++) {
        if (POINT.matcher(parts.get(k)).matches() && claims.size() <= (colon >= 0 ? 1 : 0)
            && (colon >= 0 || k == 0 || POINT.matcher(parts.get(k - 1)).matches())) {
          run.chain(line, parts.get(k), false, true, null);
        } else {
          claims.add(String.join(",", parts.subList(k, parts.size())));
          break;
        }
      }
      String defined = DefinedPointNames.throughOtherDefinitions(run,
          DefinedPointNames.first(run, parts), claims);
      int from = run.out.size();
      for (String claim : claims) {
        if (!claim.isBlank()) {
          PlainTextLines.readInPlace(run, line, claim.strip());
        }
      }
      DefinedPointNames.guardInPlace(run, from, defined);
    } else if (s.startsWith("assume ")) {
      run.assume(line, ChainSplitter.split(s.substring(7)), s.substring(7));
    } else {
      run.chain(line, s, true, false, null);
    }
  }
}
