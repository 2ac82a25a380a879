package gradlab.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of a report as the text wrote them. The reader gives each name an engine name
 * ({@code out_{h1}} → outh1, {@code \delta^l_j} → deltalj, {@code \hat m_t} → mhatt), which
 * cannot be read back: outh1 may be out_{h1} or o_{uth1}. So the reader records, for each name
 * it reads, how it is shown ({@link #shown}: out_h1, δˡⱼ, m̂ₜ), and a run renders every
 * verdict and note of its report through that table ({@link #render}) — the one place where
 * engine names become the text's names. Names the table does not hold are shown by
 * {@link LatexNames#readable}. Not thread-safe; one per document.
 */
final class ShownNames {
  /** English words of the messages that two letters with a subscript can spell (a_t → at). */
  private static final Set<String> WORDS = Set.of("at", "in", "on", "of", "is", "as", "by",
      "or", "to", "an", "if", "no", "be", "it", "we", "so", "up", "do", "and", "the", "for",
      "not", "are", "its", "one", "two", "has", "can", "all", "any", "but", "may", "set", "sum",
      "put", "see", "use", "new", "out", "was", "how", "why", "ev");

  private final Map<String, String> table = new LinkedHashMap<>();

  /** Records how the name {@code engineName} was written (the first spelling stays). */
  void addInPlace(Map<String, String> names) {
    names.forEach(table::putIfAbsent);
  }

  /**
   * A name as shown: {@code base} (the reader's base name, shown by
   * {@link LatexNames#readable}: δ, m̂, out) with its scripts in order, each {"_", text} or
   * {"^", text} (or {"", text} appended as it is). One-letter bases take Unicode sub- and superscripts where every character has
   * one and the script is one or two characters (w₅, δˡⱼ, m̂ₜ, aᴸ); others are written with _
   * and ^ (out_h1, E_total).
   */
  static String shown(String base, List<String[]> scripts) {
    String b = base.equals(LatexReader.VARIABLE_E) ? "e" : LatexNames.readable(base);
    boolean oneLetter = b.codePointCount(0, b.length()) == 1 || b.length() == 2
        && Character.getType(b.charAt(1)) == Character.NON_SPACING_MARK;
    StringBuilder out = new StringBuilder(b);
    for (String[] s : scripts) {
      String text = s[1];
      if (s[0].isEmpty()) { // a prime: h′
        out.append(text);
        continue;
      }
      String unicode = oneLetter && text.length() <= 2 ? ScriptCharacters.scripts(text, s[0].equals("_")) : null;
      out.append(unicode != null ? unicode : s[0] + (text.length() == 1 || s[0].equals("_")
          && text.matches("[A-Za-z0-9]+") ? text : "{" + text + "}"));
    }
    return out.toString();
  }

  /** A verdict with every engine name in its evidence shown as the text wrote it. */
  StepVerdict render(StepVerdict v) {
    if (table.isEmpty()) {
      return v;
    }
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved(render(p.how()));
      case StepVerdict.Refuted f -> {
        Map<String, Double> point = new LinkedHashMap<>();
        f.point().forEach((k, x) -> point.put(render(LatexNames.readable(k)), x));
        yield new StepVerdict.Refuted(point, f.lhs(), f.rhs(), render(f.detail()));
      }
      case StepVerdict.Unknown u -> new StepVerdict.Unknown(u.samples(), u.tolerance(),
          render(u.reason()));
      case StepVerdict.NotChecked n -> new StepVerdict.NotChecked(render(n.reason()));
    };
  }

  /** A result with its verdict and note rendered. */
  StepResult render(StepResult s) {
    return new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(), s.verdict() == null ? null
        : render(s.verdict()), render(s.note()));
  }

  /** {@code text} with each engine name (or its {@link LatexNames#readable} form) replaced. */
  String render(String text) {
    if (table.isEmpty() || text == null || text.isEmpty()) {
      return text;
    }
    Map<String, String> replace = new HashMap<>();
    table.forEach((engine, shown) -> {
      for (String key : List.of(engine, LatexNames.readable(engine))) {
        if (!key.equals(shown) && key.length() > 1 && !WORDS.contains(key)) {
          replace.putIfAbsent(key, shown);
        }
      }
    });
    if (replace.isEmpty()) {
      return text;
    }
    String alternatives = String.join("|", replace.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .toList());
    return Pattern.compile("(?<![\\p{L}\\p{N}_′])(" + alternatives + ")(?![\\p{L}\\p{N}_])")
        .matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            replace.get(m.group(1))));
  }
}
