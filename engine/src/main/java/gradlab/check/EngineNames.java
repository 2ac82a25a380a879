package gradlab.check;

import java.util.regex.Pattern;

/**
 * What an engine name is: a letter, then letters and digits ({@code z1}, {@code sigmav},
 * {@code captcur}), the form every name takes once read. The one source of truth for the
 * document run and the classes it calls; before, {@link DefinedPointNames} kept a copy of the
 * run's private pattern, which could drift from it (the review of the twenty-fifth round).
 * Stateless.
 */
final class EngineNames {
  /** The regular expression of one engine name. */
  static final String REGEX = "[A-Za-z][A-Za-z0-9]*";
  /** One engine name, to match or to find. */
  static final Pattern NAME = Pattern.compile(REGEX);

  private EngineNames() {}

  /** Whether {@code s} is one engine name and nothing else (null is not). */
  static boolean is(String s) {
    return s != null && NAME.matcher(s).matches();
  }
}
