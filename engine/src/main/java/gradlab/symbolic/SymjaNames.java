package gradlab.symbolic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A user's name as a Symja symbol, and back. Symja's relaxed mode lower-cases names longer than
 * one letter ({@code W1} and {@code w1} become one symbol) and resolves names to its built-ins
 * ({@code degree} is π/180, {@code out} is Out, {@code I} is √−1, {@code gamma} is Γ). Such a
 * name is escaped: a mark, then the name with each upper-case letter after a second mark and
 * lower-cased, which Symja neither changes nor knows. Every printer decodes it.
 */
final class SymjaNames {
  private static final char MARK = '\u02BE';
  private static final char UPPER = '\u02BF';
  private static final Pattern ESCAPED = Pattern.compile(MARK + "[^\\s,()\\[\\]{}+\\-*/^=<>;:!|&~\\\\]+");

  private SymjaNames() {}

  /** Names that mean Symja's built-in where they are written: constants and domains. */
  private static final java.util.Set<String> KEPT = java.util.Set.of("Pi", "pi", "E", "e",
      "Infinity", "infinity", "oo", "ComplexInfinity", "Indeterminate", "True", "False", "true",
      "false", "Reals", "Integers", "Complexes", "Rationals", "Booleans", "Null", "All",
      "Automatic", "None");
  private static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}\\d_$" + MARK + UPPER + "\".])([A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9_$\\[(])(?!\\s*[\\[(])");

  /** The Symja symbol that stands for the user's {@code name}, never a built-in. */
  static ISymbol symbol(String name) {
    return F.symbol(needsEscape(name) ? escape(name) : name);
  }

  /**
   * Whether Symja would not keep {@code name} as written: a name of two or more letters with a
   * capital (lower-cased) or a lower-case spelling of a built-in ({@code degree}, {@code out},
   * {@code gamma}), and {@code I} (√−1). Other single letters, and a built-in's own spelling
   * ({@code Max}), stay as they are.
   */
  static boolean needsEscape(String name) {
    if (name.isEmpty() || name.charAt(0) == MARK || KEPT.contains(name)) {
      return false;
    }
    if (name.length() == 1) {
      return name.equals("I");
    }
    // Symja would change the spelling: W1 → w1 (case folded), degree → Degree, out → Out;
    // a built-in's own spelling (Max in Derivative(1,0)[Max], the library's input form) stays
    boolean capital = !name.equals(name.toLowerCase(Locale.ROOT));
    boolean builtIn = F.symbol(name).isBuiltInSymbol();
    return capital ? !builtIn : builtIn;
  }

  /**
   * Input text for Symja's parser with every name that is not a function head and that
   * {@link #needsEscape} escaped, so text and trees name the same symbols.
   */
  static String escapeNames(String text) {
    Matcher m = NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(needsEscape(name) ? escape(name)
          : name));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String name) {
    StringBuilder b = new StringBuilder().append(MARK);
    name.codePoints().forEach(c -> {
      if (Character.isUpperCase(c)) {
        b.append(UPPER).appendCodePoint(Character.toLowerCase(c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** The user's name of a Symja symbol's name (unchanged when it was not escaped). */
  static String userName(String symjaName) {
    if (symjaName.isEmpty() || symjaName.charAt(0) != MARK) {
      return symjaName;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < symjaName.length(); i++) {
      char c = symjaName.charAt(i);
      if (c == UPPER && i + 1 < symjaName.length()) {
        b.append(symjaName.substring(i + 1, i + 2).toUpperCase(Locale.ROOT));
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code text} with every escaped name in it decoded (for printed forms). */
  static String decodeAll(String text) {
    if (text.indexOf(MARK) < 0) {
      return text;
    }
    Matcher m = ESCAPED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(userName(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
