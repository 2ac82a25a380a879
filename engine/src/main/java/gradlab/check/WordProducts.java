package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A product stated in words, as notes state a gradient: "minus twice the hinge times y times x",
 * "twice the gap n − p", "the error times x". Only products are read: an optional "minus", then
 * factors joined by "times", each an optional "twice" or "half", then a formula or "the WORD"
 * (with its formula after it, "the gap n − p", or a quantity the text names WORD). A product has
 * one reading whatever the grouping, so nothing else ("plus", "over", "squared", an unknown
 * word) is read: where anything else is written the words are not read at all.
 */
final class WordProducts {
  /** An English word: two or more ASCII letters, no digit, bracket or operator. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  /** A token of prose: a word, with an apostrophe or punctuation after it ("it's", "then,"). */
  private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}(?:['’][A-Za-z]+)?[.,;:!?]*");
  private static final Pattern MATH_WORD = Pattern.compile("(?i)exp|log|ln|sqrt|tanh|sigmoid|"
      + "relu|sin|cos|abs");

  private WordProducts() {}

  /**
   * How a word names a quantity of the text: {@code formula} when it labels one ("error ŷ − y
   * = −1" names ŷ − y), else {@code name} when the text defines the word itself (hinge = …).
   */
  record Named(String formula, String name) {}

  /** The words read as a formula, with the names the text must define first. */
  record Product(String formula, List<String> names, List<String> labels) {}

  /**
   * {@code words} as a product, or null where they are not one; {@code lookup} says what a
   * word names (null: nothing).
   */
  static Product read(String words, java.util.function.Function<String, Named> lookup,
      java.util.Set<String> known) {
    List<String> tokens = new ArrayList<>(List.of(words.strip().replace("×", " times ")
        .split("\\s+")));
    if (tokens.isEmpty() || tokens.get(0).isEmpty()) {
      return null;
    }
    boolean minus = false;
    if (tokens.get(0).equalsIgnoreCase("minus")) {
      minus = true;
      tokens.remove(0);
    }
    List<String> factors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<List<String>> groups = split(tokens);
    if (groups == null) {
      return null;
    }
    for (List<String> g : groups) {
      String factor = factor(g, lookup, known, names, labels);
      if (factor == null) {
        return null;
      }
      factors.add(factor);
    }
    String product = String.join("*", factors);
    return new Product(minus ? "-(" + product + ")" : product, names, labels);
  }

  /** The tokens between "times" (or "multiplied by"); null where a group is empty. */
  private static List<List<String>> split(List<String> tokens) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      boolean times = t.equalsIgnoreCase("times") || t.equalsIgnoreCase("multiplied")
          && k + 1 < tokens.size() && tokens.get(++k).equalsIgnoreCase("by");
      if (times) {
        if (current.isEmpty()) {
          return null;
        }
        groups.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (current.isEmpty()) {
      return null;
    }
    groups.add(current);
    return groups;
  }

  private static String factor(List<String> g, java.util.function.Function<String, Named> lookup,
      java.util.Set<String> known, List<String> names, List<String> labels) {
    List<String> t = new ArrayList<>(g);
    String coefficient = "";
    String first = t.get(0).toLowerCase(Locale.ROOT);
    if (first.equals("twice") || first.equals("two")) {
      coefficient = "2*";
      t.remove(0);
    } else if (first.equals("half")) {
      coefficient = "(1/2)*";
      t.remove(0);
      if (!t.isEmpty() && t.get(0).equalsIgnoreCase("of")) {
        t.remove(0);
      }
    }
    if (t.isEmpty()) {
      return coefficient.isEmpty() ? null : "2"; // "two times x": the number two
    }
    if (t.get(0).equalsIgnoreCase("the") || t.get(0).equalsIgnoreCase("its")) {
      if (t.size() < 2 || !WORD.matcher(t.get(1)).matches()) {
        return null;
      }
      String word = t.get(1).toLowerCase(Locale.ROOT);
      List<String> rest = t.subList(2, t.size());
      if (!rest.isEmpty()) { // "the gap n − p": the formula the word labels
        String formula = math(rest, known);
        return formula == null ? null : coefficient + "(" + formula + ")";
      }
      Named named = lookup.apply(word);
      if (named == null) {
        return null;
      }
      labels.add(word);
      if (named.formula() != null) {
        return coefficient + "(" + named.formula() + ")";
      }
      names.add(named.name());
      return coefficient + named.name();
    }
    String formula = math(t, known);
    return formula == null ? null : coefficient + (t.size() > 1 ? "(" + formula + ")" : formula);
  }

  /**
   * Tokens that are all math, joined; null where one is an English word (a word is math where
   * it is a function's name or one of the {@code known} names the text defines, yhat).
   */
  static String math(List<String> tokens, java.util.Set<String> known) {
    for (String t : tokens) {
      if (PROSE.matcher(t).matches() && !MATH_WORD.matcher(t).matches() && !known.contains(t)
          || t.isEmpty()) {
        return null;
      }
    }
    return String.join(" ", tokens);
  }
}
