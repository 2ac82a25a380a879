package gradlab.check;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names in a plain-text line as the engine names them, so that a definition's head and the
 * names that use it agree: {@code z_1} and {@code a₁} are z1 and a1, {@code δ1} is delta1,
 * {@code y_hat} and {@code ŷ} are yhat (the name the LaTeX reader gives \hat{y}), {@code ȳ} is
 * ybar. A head written {@code y_hat} or {@code δ2} was no name to the reader: the line that
 * defines it was "δ2 is not defined", and a step through it was read with the name free, which
 * proved the false ∂L/∂w1 = 0 (found by a student typing chat-style derivations).
 */
final class PlainNames {
  private static final Map<Character, String> ACCENTED = Map.of('ŷ', "yhat", 'Ŷ', "Yhat",
      'ȳ', "ybar");
  /**
   * A letter with a combining hat, tilde or bar after it: y + U+0302, h + U+0303, x + U+0304.
   * The tilde was left as typed, so a GRU's "h̃ = tanh(…)" defined nothing, and a true step
   * through h̃ was ✗ with h̃ free; it is htilde, the name the LaTeX reader gives \tilde{h}.
   */
  private static final Pattern COMBINING = Pattern.compile(
      "([A-Za-z])([\\u0302\\u0303\\u0304])");
  private static final Map<String, String> COMBINING_WORDS = Map.of("\u0302", "hat",
      "\u0303", "tilde", "\u0304", "bar");
  /** y_hat, x_bar: the accent as a word after one letter. */
  private static final Pattern WORD_ACCENT = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-z])_(hat|bar)(?![A-Za-z0-9_])");
  /**
   * z_1, w_{12}, a_(1): an index of digits, which the engine writes z1, w12, a1 (a_(1) was the
   * function a_ applied to 1, so z_2 = w_2*a_(1) defined z2 through an undefined function).
   */
  private static final Pattern DIGIT_INDEX = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-z][A-Za-z]*)_(?:\\{(\\d+)\\}|\\((\\d+)\\)|(\\d+))(?![A-Za-z0-9_])");
  /**
   * v_new, x_in, y_pred: a word of two or more letters as the index, a name of its own, named as
   * the LaTeX reader names v_{new} (vnew). Left as typed it was the engine's pattern v_ (a head
   * v_new was no name, so "v_new = mu*v - lr*g" defined nothing and every later step through
   * v_new was "not checked"). A call, log_softmax(x), keeps its name.
   */
  private static final Pattern WORD_INDEX = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*)_([A-Za-z]{2,}[0-9]*)(?![A-Za-z0-9_(])");
  /**
   * y_s, eta_t, T_i, p_k: one letter as the index, a name of its own, named as the LaTeX reader
   * names y_s (ys, etat, capti, pk). Left as typed it was the engine's pattern y_ with head s: a
   * head y_s was no name, so "y_s = y*(1 - eps) + eps/2" defined nothing, was "eps is not
   * defined", and every later step through y_s was "not checked" (label smoothing, SGDR, a
   * softmax typed in ASCII). An operator's index (sum_i, max_j, E_x) and a call (f_t(x), v_(t-1))
   * keep their form; a definition through v_(t-1) is not taken ({@link DefinitionHeads}).
   */
  private static final Pattern LETTER_INDEX = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*)_([A-Za-z])(?![A-Za-z0-9_({\\[])");
  /** Bases that are operators taking an index, not names: their index stays as typed. */
  private static final java.util.Set<String> OPERATORS = java.util.Set.of("sum", "prod", "max",
      "min", "argmax", "argmin", "lim", "sup", "inf", "E", "Var", "Cov", "P", "p", "log", "ln",
      "exp", "d", "D", "del", "grad", "nabla", "partial", "mean", "avg", "capsigma", "cappi",
      "sigma", "pi", "Pr", "Ex", "EE", "diff", "dd", "pd");
  private static final Pattern SUBSCRIPT_DIGITS = Pattern.compile("[₀-₉]+");
  /**
   * A capital Greek letter spelled out (Phi, Φ): capphi, as the LaTeX reader names \Phi. The
   * engine reads names without regard to case, so Phi(x) was phi(x), and the true
   * D(x*Phi(x), x) = Phi(x) + x*phi(x) was ✗ with Φ and φ one function (a student).
   */
  private static final Pattern CAPITAL_GREEK = Pattern.compile(
      "(?<![A-Za-z0-9_])(Phi|Psi|Gamma|Delta|Theta|Lambda|Omega)(?![A-Za-z0-9_])");

  private PlainNames() {}

  /** x^{3} typed in plain text: a LaTeX group of one term, not a list. */
  private static final Pattern BRACED_EXPONENT = Pattern.compile("\\^\\{([^{},]*)\\}");

  /** {@code term} with its names as the engine names them; unchanged where there are none. */
  static String asEngineNames(String term) {
    // (1/2)(a - y)^2 is read as the product it is by the engine's input form (InputForm)
    String s = term;
    if (!s.chars().allMatch(c -> c < 128)) {
      StringBuilder b = new StringBuilder();
      boolean greek = false;
      char[] chars = s.toCharArray();
      for (int k = 0; k < chars.length; k++) {
        char ch = chars[k];
        // the Greek letters the math language names (its one table), σ as sigma
        // ℓ as ell, the name the LaTeX reader gives \ell (a plain ℓ was no name at all)
        String named = ch == 'σ' ? "sigma" : ch == 'ℓ' ? "ell"
            : gradlab.math.Greek.inputName(ch);
        // ηλ is η·λ, as \eta\lambda in LaTeX: read as one name etalambda, a sign slip in
        // (1 + ηλ/n)w was "etalambda is not defined" (found by a TA); so is Mσ² M·σ², which
        // was one name M_sigma (a student's "we need Mσ² = 1"), but not the d of dL/dσ
        b.append(greek && named != null || named != null && loneLetter(chars, k - 1) ? "*" : "");
        greek = named != null;
        named = named != null ? named : ACCENTED.get(ch);
        b.append(named != null ? named : String.valueOf(ch));
      }
      s = COMBINING.matcher(b).replaceAll(m -> m.group(1) + COMBINING_WORDS.get(m.group(2)));
      s = SUBSCRIPT_DIGITS.matcher(s).replaceAll(m -> SubscriptDigitPointNames.ascii(m.group()));
    }
    s = CAPITAL_GREEK.matcher(s).replaceAll(m -> "cap" + m.group(1).toLowerCase(
        java.util.Locale.ROOT));
    s = SubscriptLookalikes.PLAIN_WORD.matcher(s).replaceAll("$1v"); // ξ, xi: xiv
    // x e^{-x^2} typed in plain text: a LaTeX group, which the engine read as a list ("no
    // numeric value" for f(1) = e^{-1}, found by a new user); {1, 2} with a comma stays a list
    s = BRACED_EXPONENT.matcher(s).replaceAll("^($1)");
    s = PlainBracedIndices.flat(s); // w_{i,j}, W[1,2] as w_ij, W_12
    if (s.indexOf('_') < 0) {
      return s;
    }
    s = WORD_ACCENT.matcher(s).replaceAll("$1$2");
    s = WORD_INDEX.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        LatexNames.safe(m.group(1) + m.group(2))));
    s = DIGIT_INDEX.matcher(s).replaceAll(m -> m.group(1) + (m.group(2) != null ? m.group(2)
        : m.group(3) != null ? m.group(3) : m.group(4))); // a_(1) too, as a1
    return LETTER_INDEX.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        OPERATORS.contains(m.group(1)) ? m.group() : LatexNames.safe(m.group(1) + m.group(2))));
  }

  /** Whether {@code chars[k]} is one Latin letter other than d, not the end of a word. */
  private static boolean loneLetter(char[] chars, int k) {
    return k >= 0 && chars[k] < 128 && Character.isLetter(chars[k]) && chars[k] != 'd'
        && (k == 0 || !(Character.isLetterOrDigit(chars[k - 1]) || chars[k - 1] == '_'));
  }
}
