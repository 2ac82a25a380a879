package gradlab.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setting a name was defined anew in by {@link SettingRedefinitions} ("With momentum the
 * optimal parameters are $$\alpha = A$$": α in "momentum"). A later line under the same setting's
 * words ("With momentum, expanding, $$\alpha = B$$") is a step in that setting, checked against
 * A; it had been "not checked: ambiguous" as if it opened a third setting. The words are compared
 * whole, up to the first comma, formula or verb: "with momentum and Nesterov" is another
 * setting, so it stays ambiguous. Mutable, one per document.
 */
final class SettingKeys {
  /** "With momentum[, …]": the words after the preposition that open the last sentence. */
  private static final Pattern OPENING = Pattern.compile("(?:^|\\n)\\s*(?:with|for|in|under)\\s+"
      + "(?!the\\s+chain)(?!\\$)([a-z][^,.:;$\\n]*)");
  /** Where a setting's words end: a verb or an article of the sentence after them. */
  private static final Pattern END = Pattern.compile("\\s+(?:the|a|an|is|are|we|this|it|its|"
      + "our|one|then|that|so|gives|get|becomes|expanding|writing)\\b.*");
  private final Map<String, String> byName = new HashMap<>();

  /** The setting's words the last sentence of {@code prose} opens with, or null. */
  static String of(String prose) {
    String p = prose == null ? "" : prose.toLowerCase(Locale.ROOT);
    int cut = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    Matcher m = OPENING.matcher(cut < 0 ? p : p.substring(cut + 1));
    if (!m.find()) {
      return null;
    }
    String words = END.matcher(" " + m.group(1).strip()).replaceFirst("").strip();
    return words.isEmpty() ? null : words.replaceAll("\\s+", " ");
  }

  /** Whether {@code name} was defined anew under the setting {@code key} (never for null). */
  boolean same(String name, String key) {
    return key != null && key.equals(byName.get(name));
  }

  /** {@code name} defined anew under {@code key} (null: a setting without words). */
  void definedInPlace(String name, String key) {
    if (key == null) {
      byName.remove(name);
    } else {
      byName.put(name, key);
    }
  }
}
