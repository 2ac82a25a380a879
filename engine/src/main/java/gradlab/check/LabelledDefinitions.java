package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label that names what is computed, then the definitions it is computed for: "dL/dw for L =
 * (a - y)^2/2:", "Compute dL/dw, where L = (a - y)^2/2 and a = w*x.", "Gradient of L with L =
 * …:". The label holds no relation, so it is no claim; the definitions after "for", "where",
 * "with" or "given" are read, each as the line of its own it could have been. Before, the line
 * was read as one claim "∂L/∂w for L = (a - y)^2/2", L stayed undefined and every next step was
 * "not checked" (a new user, issue 12). A definition after a relation is {@link
 * JoinedDefinitions}'; where a name is given a number ("for w = 0.5:") the line is a point and
 * is left to {@link LinePoints} and {@link PointLabels}; ranges ("for i = 1..4") are left alone.
 * Stateless.
 */
final class LabelledDefinitions {
  private static final String HEAD = "\\p{L}[\\p{L}0-9_]*(?:\\([^()=]*\\))?\\s*=(?!=)";
  private static final Pattern LABELLED = Pattern.compile("^([^=<>≤≥≈≠:]*?)[,;]?\\s*\\b"
      + "(?i:for|where|with|given)\\s+(" + HEAD + "\\s*\\S.*?)\\s*[:.]?$");
  /** Where one definition ends and the next begins: ", and", "and", "with", "where". */
  private static final Pattern NEXT = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s(?i:and|with"
      + "|where)\\s+)(?=" + HEAD + ")");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\s*[0-9.]+(?:e[-+]?\\d+)?");
  private static final Pattern RANGE = Pattern.compile("\\.\\.|…|\\bto\\b|\\b(?i:all|every)\\b");

  private LabelledDefinitions() {}

  /**
   * Reads each definition after the label through {@code read}; false where the line is not so:
   * a head is already {@code defined} (then "for f = g" is a condition, not a definition), or
   * the label does not name the first head ("this holds for a = b" names no a).
   */
  static boolean readInPlace(String text, Consumer<String> read, Predicate<String> defined) {
    Matcher m = LABELLED.matcher(text.strip());
    if (!m.matches() || RANGE.matcher(m.group(2)).find()) {
      return false;
    }
    List<String> definitions = new ArrayList<>();
    for (String d : NEXT.split(m.group(2))) {
      String head = d.substring(0, d.indexOf('=')).replaceAll("\\(.*", "").strip();
      String body = d.substring(d.indexOf('=') + 1).strip();
      if (body.isEmpty() || NUMBER.matcher(body).matches()
          || defined.test(PlainNames.asEngineNames(head))) {
        return false; // "for w = 0.5": a point, not a definition
      }
      if (definitions.isEmpty() && !m.group(1).isBlank() && !Pattern.compile(
          "(?<![\\p{L}0-9_])[d∂]?" + Pattern.quote(head) + "(?![\\p{L}0-9_])")
          .matcher(m.group(1)).find()) {
        return false;
      }
      definitions.add(d.strip());
    }
    definitions.forEach(read);
    return true;
  }
}
