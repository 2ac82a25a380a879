package gradlab.check;

import java.util.regex.Pattern;

/**
 * A superscript T in an upright font, {@code ^{\mathrm{T}}}, {@code ^{\rm T}},
 * {@code ^{\text{T}}}, {@code ^{\mathsf{T}}} (Bishop's transpose): never a variable, which is
 * italic, so never a power. Read as a power of a name T, {@code (\Phi^{\mathrm{T}}\Phi)^{\mathrm{T}}
 * = \Phi^{\mathrm{T}}\Phi} was refuted "at T = −0.84".
 */
final class UprightTransposes {
  private static final Pattern UPRIGHT_T = Pattern.compile("\\{?\\s*(?:\\\\(?:mathrm|rm|text|"
      + "textrm|mathsf|operatorname)\\s*\\{?\\s*T\\s*\\}?)\\s*\\}?(?![A-Za-z])");

  private UprightTransposes() {}

  /** Whether the cursor, just after a '^', is at an upright T. */
  static boolean at(LatexCursor c) {
    return UPRIGHT_T.matcher(c.rest()).lookingAt();
  }
}
