package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the prose before a display quantifies over every real number: "for every real $x$",
 * "for all real numbers $x$ and $y$", "for all $x \in \mathbb{R}$". A claim so quantified is
 * stated for every real value, whatever range a case before assumed; after "Case 2. Otherwise"
 * ({@link OtherCaseRefutations}) such a claim, "In general, for every real $x$ we also have
 * $$(x + 1)^2 = x^2 + 1$$", was "not checked … which the case may exclude" until the next
 * heading, a wrong step unseen. "For every $x$" without "real" may mean every x of the case and
 * quantifies nothing here. Stateless.
 */
final class RealQuantifiedNames {
  /**
   * Words after the names that narrow them again, "for every real $x$ in this case", "… with
   * $x \le 0$", "… such that …": then the claim is not stated for every real value.
   */
  private static final String RESTRICTED = "(?!\\s*,?\\s*(?:(?:with|such|in|inside|within|on|"
      + "satisfying|where|that|of|for\\s+which|from|between|except|outside|above|below|greater|"
      + "less|smaller|larger|bigger|at|near|close)(?![A-Za-z])|\\$))";
  /** "for every real $x$", "for all real numbers $x$, $y$ and $z$". */
  private static final Pattern REAL = Pattern.compile("(?i)\\bfor\\s+(?:every|all|any|each)\\s+"
      + "real\\s+(?:numbers?\\s+|values?\\s+(?:of\\s+)?)?((?:\\$[^$]+\\$(?:\\s*(?:,|and)\\s*)?)++)"
      + RESTRICTED);
  /** "for all $x \in \mathbb{R}$", "for all $x, y \in \mathbb{R}$". */
  private static final Pattern IN_REALS = Pattern.compile("(?i)\\bfor\\s+(?:every|all|any|each)\\s+"
      + "\\$([^$]+?)\\s*\\\\in\\s*\\\\mathbb\\s*\\{?R\\}?\\s*\\$" + RESTRICTED);
  private static final Pattern INLINE = Pattern.compile("\\$([^$]+)\\$");

  private RealQuantifiedNames() {}

  /** The engine names of the variables quantified over ℝ in the paragraph before the display. */
  static Set<String> in(DocumentRun run) {
    Set<String> names = new HashSet<>();
    if (!run.latex()) {
      return names;
    }
    String paragraph = run.paragraph();
    Matcher real = REAL.matcher(paragraph);
    while (real.find()) {
      Matcher each = INLINE.matcher(real.group(1));
      while (each.find()) {
        addEach(run, each.group(1), names);
      }
    }
    Matcher in = IN_REALS.matcher(paragraph);
    while (in.find()) {
      addEach(run, in.group(1), names);
    }
    return names;
  }

  private static void addEach(DocumentRun run, String inline, Set<String> names) {
    for (String one : inline.split(",")) {
      String read = one.isBlank() ? null : run.read(one.strip());
      if (read != null && EngineNames.is(read.strip())) {
        names.add(read.strip());
      }
    }
  }
}
