package gradlab.check;

import java.util.regex.Pattern;

/**
 * The scope of a point named in prose. "At $x = 0$:" or "at $x = 0$," before a display, and
 * "Let $n = 2$." on its own, hold until the next point, "at"/"for" or heading; but a sentence
 * that names a point and also states a value there ("At $x = 0$ the value is $f(0) = 0$.",
 * "Take $w = 2$; then $J(w) = 0.5$.") is about that one value: its points end with it, and the
 * general steps after it are not read at that point, unless a colon follows the point ("For
 * $n = 512$: $σ = \sqrt{2/512} = 0.0625$."), which makes it a header for what follows.
 * A value whose left side is in words ("and at $q = 1$ it is $1 - p$.") is stated too.
 * Givens ("With $\eta = 0.1$ and $g = 2$,
 * the step is $\eta g = 0.2$.") are not points of evaluation and keep their scope. A display
 * inside the sentence (no full stop before it) is still in it. Mutable, one per document run.
 */
final class SentenceScope {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
  /** Prose that ends with a verb stating a value: "at $q = 1$ it is $1 - p$". */
  private static final Pattern VALUE_VERB = Pattern.compile(
      "(?i)\\b(?:is|equals|becomes|gives|reduces to)\\s*$");

  private boolean pointNamed;
  private boolean valueStated;
  private boolean evaluation;

  /**
   * The last sentence of a paragraph's text so far (split after ".", "!" or "?" and a blank):
   * the sentence a formula that follows stands in; "" for none.
   */
  static String lastSentence(String paragraph) {
    String[] sentences = paragraph.split("[.!?]\\s");
    return sentences.length == 0 ? "" : sentences[sentences.length - 1];
  }

  /**
   * A point was named in inline math of the current sentence; {@code atWord}: the prose before
   * it says "at", "take", "when", "for" (a point of evaluation). Points given with "with",
   * "let", "if" are the problem's givens and keep their scope whatever the sentence states.
   */
  void pointBound(String name, boolean atWord) {
    if (!pointNamed) {
      evaluation = atWord;
    }
    pointNamed = true;
    valueStated = false;
  }

  /** Whether the current sentence named a point ("For a layer with $n = 3$ inputs, …"). */
  boolean namedPoint() {
    return pointNamed;
  }

  /** The current sentence checked a relation of its own (a value it states). */
  void valueStated() {
    valueStated = pointNamed;
  }

  /**
   * Reads one chain of a segment ({@link DocumentRun#chain}); inline math the prose concludes
   * ("which at $x = 0$ gives $g(0) = 0$.") states a value too when it is checked, and so does
   * one shown "not checked" ("At $x = 2$ the loss is $L = 1$." of a function L): before, only
   * inline relations read as claims without a concluding word did, so "gives" kept the point
   * past the full stop and a wrong general g′(x) = 1 after it was proved at x = 0.
   */
  static String[] chain(DocumentRun run, int line, String statement, boolean claims,
      boolean display, String inheritedHead) {
    if (!display && run.latex() && VALUE_VERB.matcher(run.prose).find()
        && ChainSplitter.split(statement).relations().isEmpty()) {
      run.sentence.valueStated(); // "and at $q = 1$ it is $1 - p$.": a value in words
    }
    int before = run.out.size();
    String[] last = run.chain(line, statement, claims, !claims, inheritedHead);
    NewFunctionDefinitions.relabelInPlace(run, line, statement, before); // squareplus(x, b) = …
    if (!display && run.out.subList(before, run.out.size()).stream()
        .anyMatch(r -> r.line() == line && r.verdict() != null)) {
      run.sentence.valueStated();
    }
    return last;
  }

  /**
   * The prose right after the math that named a point: a colon ("For $n = 512$: $σ = …$.")
   * makes it a header for what follows, which keeps its scope past the sentence's end.
   */
  void afterPoint(String proseBefore) {
    if (pointNamed && !valueStated && proseBefore.stripLeading().startsWith(":")) {
      evaluation = false;
    }
  }

  /**
   * Whether the prose before the next math ends the current sentence, which named a point and
   * stated a value (its points are then dropped); the state is reset at every sentence end.
   */
  boolean endsWith(String proseBefore) {
    if (!SENTENCE_END.matcher(proseBefore).find()) {
      return false;
    }
    boolean scoped = pointNamed && valueStated && evaluation;
    pointNamed = false;
    valueStated = false;
    return scoped;
  }
}
