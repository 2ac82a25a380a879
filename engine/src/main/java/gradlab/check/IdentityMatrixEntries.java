package gradlab.check;

import java.util.regex.Pattern;

/**
 * The entries of the identity matrix written {@code I_{kj}}, where the text says so: Bishop's
 * softmax Jacobian {@code \frac{\partial y_k}{\partial a_j} = y_k(I_{kj} - y_k)} "where
 * {@code $I_{kj}$} are the elements of the identity matrix" (PRML 4.106), or "{@code $I$} is the
 * identity matrix". {@code I_{kj}} was an undefined name, so a wrong Jacobian written with it
 * was never refuted; it is now the Kronecker delta, read as {@link KroneckerDeltas} reads
 * {@code \delta_{kj}} (the indicator of k = j, only of two free indices of the step). Nothing is
 * read so where the text does not name the identity matrix beside I, or writes a δ itself (a
 * δ the text may define, Nielsen's δ^l_j).
 */
final class IdentityMatrixEntries {
  private static final String I = "(?:I|\\\\mathbf\\s*\\{\\s*I\\s*\\}|\\\\mathrm\\s*\\{\\s*I\\s*\\}"
      + "|\\\\boldsymbol\\s*\\{\\s*I\\s*\\})";
  /** "$I_{kj}$ are the elements of the identity matrix", "$I$ is the $K \times K$ identity". */
  private static final Pattern STATED = Pattern.compile("\\$\\s*" + I + "\\s*(?:_\\s*\\{?\\s*[a-z]"
      + "\\s*,?\\s*[a-z]\\s*\\}?)?\\s*\\$,?\\s+(?:are|is|be|denotes?|being|represents?|stands\\s+for)"
      + "\\s+(?:the\\s+)?(?:(?:elements?|entries|entry|components?)\\s+of\\s+(?:the\\s+|an\\s+)?)?"
      + "(?:\\$[^$]{1,40}\\$\\s+)?identity(?:\\s+matrix)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTRY = Pattern.compile("(?<![A-Za-z\\\\])" + I
      + "\\s*_\\s*\\{\\s*([a-z])\\s*(,?)\\s*([a-z])\\s*\\}(?!\\s*\\^)");

  private IdentityMatrixEntries() {}

  /** Whether {@code text} names I the identity matrix (and writes no δ of its own). */
  static boolean stated(String text) {
    return !text.contains("\\delta") && !text.contains("δ") && STATED.matcher(text).find();
  }

  /** {@code latex} with each entry I_{kj} written as {@code \delta_{kj}}. */
  static String asDeltas(String latex) {
    return ENTRY.matcher(latex).replaceAll("\\\\delta_{$1$2$3}");
  }
}
