package gradlab.check;

import java.util.function.IntPredicate;

/**
 * The Unicode subscript and superscript characters and the plain characters they stand for: one
 * table for the readers that turn "rₜ₊₁", "eˣ" and "xᵀ" into plain scripts and for the report
 * that shows a name's scripts back in Unicode (four copies of it had drifted apart, each missing
 * letters another had). Stateless.
 */
final class ScriptCharacters {
  static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ";
  static final String SUBSCRIPT_PLAIN = "0123456789+-=()aeoxhklmnpstijruv";
  static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴸᵀ";
  static final String SUPERSCRIPT_PLAIN = "0123456789+-=()abcdefghijklmnoprstuvwxyzLT";

  private ScriptCharacters() {}

  static boolean isSubscript(char c) {
    return SUBSCRIPTS.indexOf(c) >= 0;
  }

  static boolean isSuperscript(char c) {
    return SUPERSCRIPTS.indexOf(c) >= 0;
  }

  /** The plain characters of a run of script characters; any other character is kept. */
  static String plain(CharSequence run) {
    StringBuilder b = new StringBuilder(run.length());
    run.chars().forEach(c -> {
      int sub = SUBSCRIPTS.indexOf(c);
      int sup = SUPERSCRIPTS.indexOf(c);
      b.append(sub >= 0 ? SUBSCRIPT_PLAIN.charAt(sub)
          : sup >= 0 ? SUPERSCRIPT_PLAIN.charAt(sup) : (char) c);
    });
    return b.toString();
  }

  /** {@code plain} in sub- or superscript characters, or null where one of its has none. */
  static String scripts(String plain, boolean sub) {
    String from = sub ? SUBSCRIPT_PLAIN : SUPERSCRIPT_PLAIN;
    String to = sub ? SUBSCRIPTS : SUPERSCRIPTS;
    StringBuilder b = new StringBuilder(plain.length());
    for (int k = 0; k < plain.length(); k++) {
      int at = from.indexOf(plain.charAt(k));
      if (at < 0) {
        return null;
      }
      b.append(to.charAt(at));
    }
    return b.toString();
  }

  /** The superscript characters whose plain character passes {@code test}, in table order. */
  static String superscripts(IntPredicate test) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < SUPERSCRIPTS.length(); k++) {
      if (test.test(SUPERSCRIPT_PLAIN.charAt(k))) {
        b.append(SUPERSCRIPTS.charAt(k));
      }
    }
    return b.toString();
  }
}
