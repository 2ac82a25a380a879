package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function the text introduces here, {@code f(x, b) = …} with a head no earlier step writes,
 * whose formula the reader does not take (an upright word of its own, Barron's {@code
 * \mathrm{squareplus}(x, b) = \frac{1}{2}(x + \sqrt{x^2 + b})}; a vector argument the body takes
 * apart, Goodfellow's {@code f(\mathbf{x}) = x_1^2 + 3 x_2}; an unread right side, Goodfellow's
 * {@code J(\boldsymbol{\theta}) = -\log P(y \mid \boldsymbol{x})}): notation, not a claim. Such a
 * line was checked as a claim and shown "not checked: cannot read: the operator squareplus(…)" or
 * "f, x, x₁, x₂ are not defined in the text", a claim no evidence can decide, since a new function
 * may be given any formula. The line's "not checked" results are shown as what they are, a new
 * function with the reason its definition was not read, and no verdict; the reader's record of it
 * is untouched, so later steps through it stay as they were (not checked where they need it).
 * {@link NewNameDefinitions} does the same for a plain name. Not for a head the text wrote in an
 * earlier step (the line may state its value), a catalogue function or word (σ, Γ, Φ, ζ, Var, exp,
 * …), E and P (an expectation or a probability may be a result), a conditional p(y | x) (Bayes'
 * rule is a claim), brackets holding anything but names (Γ(3) = 2: a value), a right side without a
 * name, holding the head's name or words, nor a formula the prose concludes ("so", "then", ⇒).
 * Stateless.
 */
final class NewFunctionDefinitions {
  static final String NOTE = "a new function defined here, not a claim; its definition is not read";
  private static final String WORD = "\\\\(?:mathrm|text|operatorname|mathit)\\s*\\{\\s*"
      + "([A-Za-z]{2,})\\s*\\}";
  private static final String STYLED = "\\\\(?:mathcal|mathscr|mathbf|boldsymbol)\\s*\\{\\s*"
      + "[A-Za-z]\\s*\\}";
  private static final String GREEK = "\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|eta|"
      + "theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho|tau|upsilon|varphi|phi|chi|omega|ell|"
      + "Delta|Theta|Lambda|Xi|Pi|Upsilon|Psi|Omega)(?![A-Za-z])";
  private static final String SUB = "(?:_(?:\\{[^{}]*\\}|[A-Za-z0-9]))?";
  /** One parameter: a letter or Greek letter, bold or decorated, with a subscript or a square. */
  private static final String PARAM = "(?:\\\\(?:mathbf|boldsymbol|vec|bm|hat|tilde|bar)\\s*"
      + "\\{\\s*(?:[A-Za-z]|" + GREEK + ")\\s*\\}|\\\\(?:vec|hat|tilde|bar)\\s*[A-Za-z]|[A-Za-z]"
      + "|" + GREEK + "|\\\\sigma)" + SUB + "(?:\\^\\{?2\\}?)?";
  private static final Pattern HEAD = Pattern.compile("\\s*(" + WORD + "|" + STYLED + "|"
      + GREEK + "|[A-DF-OQ-Za-z])" + SUB + "\\s*(?:\\\\left\\s*)?\\(\\s*" + PARAM
      + "(?:\\s*[,;]\\s*" + PARAM + ")*\\s*(?:\\\\right\\s*)?\\)\\s*");
  private static final Pattern LETTER = Pattern.compile("(?<![\\\\A-Za-z])[A-Za-z](?![A-Za-z])"
      + "|" + GREEK);

  private NewFunctionDefinitions() {}

  /**
   * Shows the "not checked" results of {@code statement} on {@code line} (those from
   * {@code before} on) as a new function's definition, where its head is such a new function.
   */
  static void relabelInPlace(DocumentRun run, int line, String statement, int before) {
    if (!run.latex() || run.out.size() == before
        || Hypotheses.sentenceConcludes(run.prose) || Hypotheses.concludes(run.prose)) {
      return;
    }
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    if (c.terms().size() != 2 || c.relations().get(0) != Relation.EQUAL) {
      return;
    }
    Matcher m = HEAD.matcher(c.terms().get(0));
    String name = m.matches() ? name(m.group(1)) : null;
    String body = c.terms().get(1);
    if (name == null || written(name, body) || !LETTER.matcher(body).find()
        || ProseNamesGuard.holdsWords(run, body)
        || run.out.subList(0, before).stream().anyMatch(r -> written(name, r.lhs() + " "
            + r.rhs()))) {
      return;
    }
    List<StepResult> mine = run.out.subList(before, run.out.size());
    if (!mine.stream().allMatch(r -> r.line() == line
        && r.verdict() instanceof StepVerdict.NotChecked)) {
      return;
    }
    for (int k = before; k < run.out.size(); k++) {
      StepResult r = run.out.get(k);
      StepVerdict.NotChecked n = (StepVerdict.NotChecked) r.verdict();
      run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), null, NOTE
          + " (" + NotCheckedSummary.oneLine(n.reason().replaceFirst("^not checked: ", ""))
          + ")"));
    }
  }

  /** The name the head's text is searched for: the word, the letter or the command. */
  private static String name(String head) {
    Matcher w = Pattern.compile(WORD).matcher(head);
    if (w.matches()) {
      return UprightFunctionNames.catalogue(w.group(1)) ? null : w.group(1);
    }
    return head.replaceAll("\\s+", "");
  }

  /**
   * Whether {@code text} writes {@code name} as a name of its own (not inside a word); a
   * command such as {@code \mathcal{L}} is compared with the spacing taken out of both.
   */
  private static boolean written(String name, String text) {
    if (name.startsWith("\\")) {
      return Pattern.compile(Pattern.quote(name) + "(?![A-Za-z])").matcher(
          text.replaceAll("\\s+", "")).find();
    }
    return Pattern.compile("(?<![\\\\A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])")
        .matcher(text).find();
  }
}
