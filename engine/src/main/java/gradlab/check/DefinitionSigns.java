package gradlab.check;

import java.util.regex.Pattern;

/**
 * The ways texts write "is defined as": ≔, \doteq, \stackrel{\text{def}}{=},
 * \overset{\mathrm{def}}{=}, written as {@code :=}, which the reader reads as a definition.
 * Definitions written so vanished from the report, and the steps that used them were not
 * checked (found by a new user).
 */
final class DefinitionSigns {
  private static final Pattern SIGNS = Pattern.compile("≔|\\\\doteq(?![A-Za-z])|\\\\(?:stackrel|"
      + "overset)\\s*\\{\\s*(?:\\\\(?:text|mathrm|rm|scriptscriptstyle|scriptstyle)\\s*)?\\{?\\s*"
      + "(?:def|Def|DEF|\\\\triangle|\\\\Delta)\\s*\\.?\\s*\\}?\\s*\\}\\s*\\{\\s*=\\s*\\}");

  private DefinitionSigns() {}

  static String asColonEquals(String text) {
    return SIGNS.matcher(text).replaceAll(":=");
  }
}
