package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gradient stated in words on a plain-text line: "so the gradient wrt w is twice the error
 * times x, and wrt b it's just twice the error", "so the gradient is minus twice the hinge times
 * y times x". A sentence that names a point or a case before it ("at the minimum the gradient
 * is …", "when …") or whose product is a number is not read: it may speak of one point. The sentence claims ∂F/∂X equals the product its words say (see
 * {@link WordProducts}), F the text's loss (the one name of L, J, C, E, ℓ, loss, cost it defines,
 * or the name after "of") and X the name after "wrt" (or the one variable the text
 * differentiates by). The line had no relation sign, so it was not read: a dropped "twice" was
 * never found. The claim is checked as the line "∂F/∂X = …" would be, once the text has defined
 * the quantities its words name (a value the text computes later, hinge = …, at the text's own
 * point). Where F is defined piecewise (max, |…|, cases) the words may speak of one piece, so a
 * difference is ✗ only at the text's own point, else "not checked".
 */
final class GradientsInWords {
  private static final String NAME = "\\p{L}[\\p{L}\\p{N}_₀-₉]*";
  private static final String WRT = "(?:wrt|w\\.r\\.t\\.?|with\\s+respect\\s+to)";
  private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:gradient|derivative)"
      + "(?:\\s+of\\s+(?:the\\s+(?:loss|cost)(?:\\s+(" + NAME + "))?|(" + NAME + ")))?(?:\\s+"
      + WRT + "\\s+(" + NAME + "))?\\s+(?:is|equals)\\s+(?:just\\s+|simply\\s+)?(.*)");
  /** "…, and wrt b it's just twice the error": the next clause, of another variable. */
  private static final Pattern AND_WRT = Pattern.compile("(?i)^\\s*,?\\s*and\\s+" + WRT
      + "\\s+(" + NAME + ")\\s+(?:it['’]?s|it\\s+is|is)\\s+(?:just\\s+|simply\\s+)?(.*)");
  /** Where the words of a clause end. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)\\s*(?:[,;:](?:\\s|$)|[.!?]"
      + "(?:\\s|$)|\\s(?:and|so|which|but|because|since|when|if|for|once|while|as)\\s|\\s\\()");
  private static final Pattern LOSS = Pattern.compile("^(?:let\\s+)?(L|J|C|E|ℓ|loss|cost)"
      + "(?:\\s*\\([^)]*\\))?\\s*=(.*)");
  private static final Pattern VARIABLE = Pattern.compile("diff\\((?:[^()]|\\([^()]*\\))*,\\s*("
      + NAME + ")\\s*\\)|∂\\s*[^\\s/]+\\s*/\\s*∂\\s*(" + NAME + ")|(?<![\\p{L}\\p{N}_])d[A-Za-z]"
      + "\\w*\\s*/\\s*d(" + NAME + ")|d/d(" + NAME + ")");
  private static final Pattern DEFINED = Pattern.compile("^(?:let\\s+)?([A-Za-z]\\w*)\\s*"
      + "(?:\\([^)]*\\))?\\s*=");
  /** Words before the subject that make the sentence speak of a point or a case only. */
  private static final Pattern CASE_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])(?:at|when|"
      + "whenever|if|where|for|once|near|around)(?![A-Za-z])|[=<>≤≥]");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern PIECEWISE = Pattern.compile("(?i)max|min|abs|\\||sign|relu|\\[|₊|"
      + "\\bif\\b|clip|huber|cases");

  private GradientsInWords() {}

  /** A sentence's claim, waiting until the text has defined the names its words take. */
  record Pending(int line, String words, String claim, String loss, List<String> names,
      boolean piecewise) {}

  /** The claims stated in words on {@code lines} (1-based order kept). */
  static List<Pending> scan(String[] lines) {
    List<Pending> out = new ArrayList<>();
    Set<String> losses = new LinkedHashSet<>();
    String lossBody = "";
    Set<String> variables = new LinkedHashSet<>();
    Set<String> known = new java.util.HashSet<>();
    for (String l : lines) {
      Matcher d = DEFINED.matcher(l.strip());
      if (d.find()) {
        known.add(d.group(1));
      }
      Matcher m = LOSS.matcher(l.strip());
      if (m.matches() && losses.add(m.group(1)) && losses.size() == 1) {
        lossBody = m.group(2);
      }
      Matcher v = VARIABLE.matcher(l);
      while (v.find()) {
        for (int g = 1; g <= 4; g++) {
          if (v.group(g) != null) {
            variables.add(v.group(g));
          }
        }
      }
    }
    String only = variables.size() == 1 ? variables.iterator().next() : null;
    for (int n = 0; n < lines.length; n++) {
      Matcher s = SUBJECT.matcher(lines[n]);
      if (!s.find() || CASE_BEFORE.matcher(lines[n].substring(0, s.start())).find()) {
        continue; // "at the minimum the gradient is 0": at a point, not everywhere
      }
      String of = s.group(1) != null ? s.group(1) : s.group(2);
      String loss = of != null ? of : losses.size() == 1 ? losses.iterator().next() : null;
      boolean piecewise = of == null ? PIECEWISE.matcher(lossBody).find() : true;
      String variable = s.group(3) != null ? s.group(3) : only;
      String rest = s.group(4);
      while (rest != null && loss != null && variable != null) {
        Matcher end = CLAUSE_END.matcher(rest);
        boolean ends = end.find();
        String words = ends ? rest.substring(0, end.start()) : rest;
        rest = ends ? rest.substring(end.start()) : "";
        WordProducts.Product p = WordProducts.read(words, w -> named(lines, w, known),
            known);
        if (p != null && LETTER.matcher(p.formula()).find()) { // "is 0": at a point, maybe
          out.add(new Pending(n + 1, words.strip(), "∂" + loss + "/∂" + variable + " = "
              + p.formula(), loss, p.names(), piecewise));
        }
        Matcher next = AND_WRT.matcher(rest);
        if (!next.find()) {
          break;
        }
        variable = next.group(1);
        rest = next.group(2);
      }
    }
    return out;
  }

  /** What a word names on the text's lines: a formula it labels, or itself where defined. */
  private static WordProducts.Named named(String[] lines, String word, Set<String> known) {
    Pattern label = Pattern.compile("(?:^|[,;:]\\s*)" + Pattern.quote(word)
        + "\\s+([^=,;:]+?)\\s*=");
    Pattern defined = Pattern.compile("(?:^|[,;:]\\s*)(?:let\\s+)?" + Pattern.quote(word)
        + "\\s*=");
    for (String l : lines) {
      Matcher m = label.matcher(l);
      if (m.find()) {
        String formula = WordProducts.math(List.of(m.group(1).strip().split("\\s+")),
            known);
        if (formula != null) {
          return new WordProducts.Named(formula, null);
        }
      }
    }
    for (String l : lines) {
      if (defined.matcher(l).find()) {
        return new WordProducts.Named(null, word);
      }
    }
    return null;
  }

  /** Checks each claim of a line up to {@code upTo} whose names the text now defines. */
  static void decideInPlace(DocumentRun run, List<Pending> pending, int upTo) {
    for (java.util.Iterator<Pending> it = pending.iterator(); it.hasNext();) {
      Pending p = it.next();
      boolean ready = p.line() <= upTo && (run.ctx.defines(p.loss())
          || run.functions.contains(p.loss())) && p.names().stream().allMatch(n ->
          run.ctx.defines(n) || run.ctx.point().containsKey(n));
      if (ready) {
        it.remove();
        decide(run, p);
      }
    }
  }

  private static void decide(DocumentRun run, Pending p) {
    int from = run.out.size();
    PlainTextLines.readInPlace(run, p.line(), p.claim());
    List<StepResult> added = new ArrayList<>(run.out.subList(from, run.out.size()));
    run.out.subList(from, run.out.size()).clear();
    int at = run.out.size();
    for (int k = 0; k < run.out.size(); k++) {
      if (run.out.get(k).line() > p.line()) {
        at = k;
        break;
      }
    }
    String said = "the sentence says \"" + p.words() + "\", read as " + p.claim();
    for (StepResult r : added) {
      StepVerdict v = r.verdict();
      if (v instanceof StepVerdict.Refuted f) {
        boolean atTextPoint = !run.ctx.point().isEmpty()
            && run.ctx.point().keySet().containsAll(f.point().keySet());
        v = p.piecewise() && !atTextPoint ? new StepVerdict.NotChecked("a gradient stated in "
            + "words (" + said + ") differs from it away from the text's own point, and the "
            + "loss is defined piecewise: the words may speak of one piece")
            : new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), said
            + (f.detail().isEmpty() ? "" : "; " + f.detail()));
      } else if (v instanceof StepVerdict.Proved pr) {
        v = new StepVerdict.Proved(pr.how() + " (" + said + ")");
      }
      run.out.add(at++, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), v, r.note()));
    }
  }
}
