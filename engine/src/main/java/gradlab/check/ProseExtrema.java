package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extremum stated in words on a plain-text line: "its local gradient (z*(1-z)) achieves a
 * maximum at 0.25, when z = 0.5", "z*(1-z) attains its maximum of 1/4 at z = 0.5", "the
 * maximum of z*(1-z) is 0.25, at z = 0.5". The sentence makes one claim a checker can decide:
 * the formula's value at the point is the number, checked as the line "z*(1-z) = 0.25 at
 * z = 0.5" would be (the whole sentence was "cannot read", so a wrong value or a wrong point
 * was never found). That the value is the maximum is not checked, so a value that holds is at
 * most "unknown", never ✓. A number after "maximum at" with no point after it may say where the
 * maximum is or how large it is: two readings, listed "not checked". The other sentences of the
 * line are read as before where they hold a relation sign.
 */
final class ProseExtrema {
  private static final String NUMBER = NumberPatterns.PROSE_NUMBER_REGEX;
  /** A number's end: no digit, decimal part or fraction bar after it ("0.5." ends a sentence). */
  private static final String END = "(?![0-9]|\\.\\d|\\s*/\\s*\\d)";
  private static final String KIND = "(?:maximum|minimum|max|min|peak|largest value|smallest "
      + "value|greatest value|least value)";
  /** "attained at z = 0": the point named after a participle. */
  private static final String ATTAINED = "(?:(?:attained|reached|achieved|obtained|taken)\\s+)?";
  /** A formula written as the subject: in brackets, or one word of math without spaces. */
  private static final String SUBJECT = "(\\((?:[^()]|\\([^()]*\\))*\\)|[^\\s()]*[A-Za-z]"
      + "[^\\s]*[-+*/^(][^\\s]*)";
  /** "(z*(1-z)) achieves a maximum at 0.25, when z = 0.5" and its variants. */
  private static final Pattern VERB_FORM = Pattern.compile("(?i)" + SUBJECT + "\\s+(?:"
      + "achieves|attains|reaches|has|takes(?:\\s+on)?)\\s+(?:(?:a|an|its|the)\\s+)?"
      + KIND + "\\s+(?:value\\s+)?(of|at|=|equal\\s+to)?\\s*(" + NUMBER + ")"
      + END + "\\s*(?:,?\\s*" + ATTAINED + "(?:when|at|for|where|with)\\s+"
      + "([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(" + NUMBER + ")" + END + ")?");
  /** "the maximum of z*(1-z) is 0.25, at z = 0.5". */
  private static final Pattern NOUN_FORM = Pattern.compile("(?i)\\b(?:the|its)\\s+" + KIND
      + "\\s+(?:value\\s+)?of\\s+(\\S(?:.*?\\S)?)\\s+is\\s+(" + NUMBER + ")" + END + "\\s*"
      + "(?:,?\\s*" + ATTAINED + "(?:when|at|for|where|with)\\s+([A-Za-z][A-Za-z0-9_]*)"
      + "\\s*=\\s*(" + NUMBER + ")" + END + ")?");
  private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:achieves|attains|reaches|has|"
      + "takes|peaks|maximum|minimum|max|min)\\b");
  /** A sentence's end: a full stop, then a space and a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
  private static final Pattern RELATION = Pattern.compile("=|<|>|≤|≥|≈");

  private ProseExtrema() {}

  /** The claim as a plain-text line: "EXPR = VALUE at NAME = POINT". */
  record Claim(String formula, String value, String name, String point) {
    String line() {
      return formula + " = " + value + " at " + name + " = " + point;
    }
  }

  /**
   * Reads {@code text} where one of its sentences states an extremum in words; false where
   * none does (the line is read as before).
   */
  static boolean readInPlace(DocumentRun run, int line, String text,
      java.util.function.Consumer<String> reader) {
    if (!WORDS.matcher(text).find()) {
      return false;
    }
    List<String> sentences = List.of(SENTENCE_END.split(text));
    int at = -1;
    Matcher m = null;
    for (int k = 0; k < sentences.size() && at < 0; k++) {
      m = match(sentences.get(k));
      if (m != null) {
        at = k;
      }
    }
    if (at < 0) {
      return false;
    }
    for (int k = 0; k < sentences.size(); k++) {
      String s = sentences.get(k);
      if (k == at) {
        claimInPlace(run, line, s, m, reader);
      } else if (RELATION.matcher(s).find()) {
        reader.accept(s.strip().replaceAll("[.]$", ""));
      }
    }
    return true;
  }

  private static Matcher match(String sentence) {
    Matcher verb = VERB_FORM.matcher(sentence);
    if (verb.find()) {
      return verb;
    }
    Matcher noun = NOUN_FORM.matcher(sentence);
    return noun.find() ? noun : null;
  }

  private static void claimInPlace(DocumentRun run, int line, String sentence, Matcher m,
      java.util.function.Consumer<String> reader) {
    boolean verb = m.pattern() == VERB_FORM;
    String formula = m.group(1).strip();
    if (formula.startsWith("(") && TopLevel.closing(formula, 0) == formula.length() - 1) {
      formula = formula.substring(1, formula.length() - 1).strip();
    }
    String word = verb ? m.group(2) : "is";
    String value = m.group(verb ? 3 : 2);
    String name = m.group(verb ? 4 : 3);
    String point = m.group(verb ? 5 : 4);
    if (name == null) { // "has a maximum at 0.5": where, or how large? and with no point, nothing
      run.notChecked(line, sentence.strip(), word != null && word.equalsIgnoreCase("at")
          ? "an extremum stated in words: the number after 'at' may say where it is reached or "
          + "how large it is, and no point is written" : "an extremum stated in words without "
          + "the point where it is reached, which is not read");
      return;
    }
    Claim claim = new Claim(formula, value.replaceAll("\\s+", ""), name, point
        .replaceAll("\\s+", ""));
    int from = run.out.size();
    reader.accept(claim.line());
    List<StepResult> added = new ArrayList<>(run.out.subList(from, run.out.size()));
    run.out.subList(from, run.out.size()).clear();
    for (StepResult r : added) {
      run.out.add(r.verdict() instanceof StepVerdict.Proved ? new StepResult(r.line(), r.lhs(),
          r.relation(), r.rhs(), new StepVerdict.Unknown(1, 0, "the value at " + name + " = "
          + claim.point() + " is " + claim.value() + " as the sentence says; that it is the "
          + "extremum is not checked"), r.note()) : r.verdict() instanceof StepVerdict.Refuted f
          ? new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), new StepVerdict.Refuted(
          f.point(), f.lhs(), f.rhs(), "the sentence says the " + (verb ? "extremum" : "maximum "
          + "or minimum") + " is " + claim.value() + " at " + name + " = " + claim.point()
          + (f.detail().isEmpty() ? "" : "; " + f.detail())), r.note()) : r);
    }
  }
}
