package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a plain-text line wrote its indexed names, for the report ({@link ShownNames}): z_1, z₁
 * and z_(1) are shown z₁, eta_t ηₜ, w_ij, w_{ij} and w_{i,j} wᵢⱼ, W[1,2] W₁₂, x_i xᵢ, v_new
 * v_new, each under the engine name {@link PlainNames#asEngineNames} gives it. Only the LaTeX reader recorded its
 * names, so a plain-text report said "refuted at z1 = 0.5", "etat", "wij is not defined", names
 * the user never wrote (a new user, issue 12). Accents (y_hat), operators (sum_i) and calls
 * keep the form the engine gives them. Stateless.
 */
final class PlainShownNames {
  /** A name with an index: a word of Latin letters or one Greek letter, then its subscript. */
  private static final Pattern INDEXED = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\\\])([A-Za-z]+|[α-ωΑ-Ω])(?:_(?:\\{([A-Za-z0-9]+(?:,[A-Za-z0-9]+)*)\\}"
      + "|\\((\\d+)\\)|([A-Za-z0-9]+))|([₀-₉]+))(?![\\p{L}\\p{N}_({\\[])");

  private PlainShownNames() {}

  /** Engine name → shown name for each indexed name of {@code typed}; empty where none. */
  static Map<String, String> of(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    String typed = PlainBracedIndices.flat(line); // W[1,2] shown W₁₂, as in LaTeX
    if (typed.indexOf('_') < 0 && typed.chars().noneMatch(c -> c >= '₀' && c <= '₉')) {
      return out;
    }
    Matcher m = INDEXED.matcher(typed);
    while (m.find()) {
      String index = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
          : m.group(4) != null ? m.group(4) : ScriptCharacters.plain(m.group(5));
      if (index.matches("(?:hat|bar)")) {
        continue;
      }
      String engine;
      try {
        engine = PlainNames.asEngineNames(m.group()).strip();
      } catch (RuntimeException e) {
        continue;
      }
      if (!engine.matches("[A-Za-z][A-Za-z0-9]*") || engine.equals(m.group())) {
        continue; // an operator's index or a form the engine keeps as typed
      }
      String base = m.group(1).length() == 1 && m.group(1).charAt(0) > 127
          ? gradlab.math.Greek.inputName(m.group(1).charAt(0)) : m.group(1);
      String shown = ShownNames.shown(base == null ? m.group(1) : base,
          List.<String[]>of(new String[] {"_", index}));
      out.putIfAbsent(engine, shown);
    }
    return out;
  }
}
