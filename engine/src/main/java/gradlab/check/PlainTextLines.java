package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of the engine-syntax format as students type them quickly, one at a time: sentences,
 * reasons, points and words around a formula taken apart until what is left is a statement
 * ({@link PlainStatements}) of let, at, assume or a claimed chain.
 */
final class PlainTextLines {
  static final Pattern CONNECTIVE = Pattern.compile(
      "(?i)^\\s*(?:so|hence|thus|therefore|then|since|because|i\\.e\\.|which gives|"
      + "giving|and|also|similarly|likewise|finally|now|next|in particular|there|here)\\s*[,:]?\\s+"
      + "(?=[^\\s=<>≤≥≈])"); // "Also a + b = 2"; "now = 3" keeps now as a name
  private static final Pattern RELATION = Pattern.compile("=|<|>|≤|≥|≈|~=");
  /** "or" between two relations: alternatives, never a name or a factor. */
  private static final Pattern ALTERNATIVES = Pattern.compile(
      "(?i)(?:=|<|>|≤|≥)[^=<>≤≥]*(?<![A-Za-z0-9_])or(?![A-Za-z0-9_(])[^=<>≤≥]*(?:=|<|>|≤|≥)");
  private static final Pattern FOR_EVERY = Pattern.compile("(?i)(.*\\S)\\s*,?\\s+for\\s+"
      + "(?:all|every|any|each)\\s+(?:real\\s+)?([A-Za-z][A-Za-z0-9_]*(?:\\s*(?:,|and)\\s*"
      + "[A-Za-z][A-Za-z0-9_]*)*)\\s*\\.?\\s*");
  /**
   * A sentence with no relation before the sentence of a formula, "cs231n says people store the
   * lookahead point instead of x. call it y = x + mu*v": its words were read as names (a word
   * with digits, cs231n, is not one that {@link ProseWords} drops), so y was never defined.
   */
  private static final Pattern PROSE_SENTENCE = Pattern.compile(
      "^[^=<>≤≥≈:]*?[A-Za-z)]\\.\\s+(\\S.*[=<>≤≥≈].*)$");

  /**
   * A sentence's full stop after a formula: "… = 1.0933.", "call it y = x + mu*v." (not "i.e.",
   * not "…"). It was "cannot read" or "syntax error: unexpected end of input", so a definition
   * was lost and every later step through it was not checked.
   */
  private static final Pattern FULL_STOP = Pattern.compile(
      "((?<!\\.)\\p{L}|[0-9)\\]}'])\\.\\s*$");

  /** A sentence going on to the next line: "phi'(x) = x * phi(x), and then". */
  private static final Pattern GOES_ON = Pattern.compile(
      "(?i)^(.*[^\\s,])\\s*,?\\s+(?:(?:and\\s+)?(?:then|so|hence|thus)|and)\\s*[:,]?\\s*$");

  private PlainTextLines() {}

  /** One line: {@code let}, {@code at} and {@code assume} set context; the rest is claimed. */
  static void readInPlace(DocumentRun run, int line, String text) {
    if (text.isEmpty()) {
      return;
    }
    String pasted = LatexInPlainLines.read(text);
    if (pasted != null && !pasted.equals(text)) { // \frac{dL}{dw} = … without dollar signs
      int from = run.out.size();
      readInPlace(run, line, pasted);
      PrimedProducts.typedInPlace(run, from, text);
      return;
    }
    if (PlainFamilyLines.readInPlace(run, line, text)) {
      return; // p_i = exp(z_i)/sum_j exp(z_j), s_(t+1): as the LaTeX family it means
    }
    String listed = SpacedPointLists.commaSeparated(text);
    if (!listed.equals(text)) { // "x=1 y=2" was the chain x = 1·y = 2, and ✗ at x = 2
      readInPlace(run, line, listed);
      return;
    }
    String arrows = ArrowsBetweenClaims.read(text, n -> run.ctx.defines(n)
        || run.functions.contains(n));
    if (!arrows.equals(text)) { // "g(x) = sin(x) → g′(x) = cos(x)": two claims
      readInPlace(run, line, arrows);
      return;
    }
    List<String> sentences = SentenceEnds.split(text);
    if (sentences.size() > 1) { // "… a = sigma(z). Loss L = …": two sentences, two readings
      sentences.forEach(st -> readInPlace(run, line, st));
      return;
    }
    if (AmbiguousDivisions.readInPlace(run, line, text)) {
      return; // "y = 1/2x": (1/2)x or 1/(2x), never one of them alone
    }
    run.independence.plainInPlace(text); // "Let X and Y be independent."
    if (PlainMoments.in(text)) { // Var(2X) = 4 Var(X): the LaTeX reader's moments
      PlainMoments.Read m = PlainMoments.rewrite(run, text);
      if (m.why() != null) {
        run.notChecked(line, text, "cannot read: " + m.why());
      } else {
        int from = run.out.size();
        readInPlace(run, line, m.text());
        PlainMoments.typedInPlace(run, from, m.shown());
      }
      return;
    }
    PrimedProducts.Read rule = PrimedProducts.rewrite(run, text);
    if (rule != null) { // (fg)' = f'g + fg' of functions the text defines
      if (rule.why() != null) {
        run.notChecked(line, text, rule.why());
      } else {
        int from = run.out.size();
        readInPlace(run, line, rule.text());
        PrimedProducts.typedInPlace(run, from, text);
      }
      return;
    }
    String extremum = PlainExtrema.rewrite(text);
    if (!extremum.equals(text)) { // max_z σ′(z) = 1/4: the largest value over z
      int from = run.out.size();
      readInPlace(run, line, extremum);
      PrimedProducts.typedInPlace(run, from, text);
      return;
    }
    String approx = ApproxWords.trailingAsApprox(text);
    if (approx != null) { // "so y = 0.73 approximately": y ≈ 0.73, no factor "approximately"
      readInPlace(run, line, approx);
      return;
    }
    String decimal = DecimalCommas.plainTerms(text);
    if (!decimal.equals(text)) { // "σ(0) = 0,5": the decimal comma, where nothing else fits
      readInPlace(run, line, decimal);
      return;
    }
    java.util.regex.Matcher goesOn = GOES_ON.matcher(text);
    if (goesOn.matches() && RELATION.matcher(goesOn.group(1)).find()) {
      readInPlace(run, line, goesOn.group(1)); // "…, and then" was "cannot read"
      return;
    }
    if (RELATION.matcher(text).find() && FULL_STOP.matcher(text).find()) {
      // "… = 1.0933." was "cannot read" for its full stop
      readInPlace(run, line, FULL_STOP.matcher(text).replaceFirst("$1"));
      return;
    }
    if (PlainReasons.endsInWordsThenReason(text)
        && PlainReasons.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))) {
      return; // "… (half the peak, because sqrt(16000/4000) = 2)": no split at its comma
    }
    if (SinceClauses.readInPlace(run, text, claim -> readInPlace(run, line, claim))) {
      return; // "Since a = y - f we have da/df = -1": a reason, then what it gives
    }
    String[] quoted = QuotedAsWrong.quotedSentence(text);
    if (quoted != null) { // "A common mistake is to write sigma'(z) = sigma(z)^2.": not a claim
      run.notChecked(line, quoted[0], QuotedAsWrong.REASON);
      readInPlace(run, line, quoted[1]);
      return;
    }
    if (LabelledDefinitions.readInPlace(text, s -> readInPlace(run, line, s),
        n -> run.ctx.defines(n) || run.functions.contains(n))) {
      return; // "dL/dw for L = (a - y)^2/2:": the label is no claim, L is defined
    }
    if (LinePoints.readInPlace(text, s -> readInPlace(run, line, s), n -> run.ctx.defines(n)
        || run.functions.contains(n)) || TrailingAtPoints.readInPlace(text, s -> readInPlace(run,
        line, s), n -> run.ctx.defines(n) || run.functions.contains(n))) {
      return; // "Let x = 2 and w = 0.5", "… with b = 0, w = 0.5 and x = 2": the point
    }
    if (ProseNamesGuard.namedInWordsInPlace(run, line, text)) {
      return; // "a = its logit": a named, nothing defined
    }
    if (LetSentences.readInPlace(text, s -> readInPlace(run, line, s))) {
      return; // "Let z = w*x + b and a = sigma(z)": two definitions, no name L_et
    }
    if (JoinedDefinitions.readInPlace(text, s -> readInPlace(run, line, s))) {
      return; // "a_i = sigma(z_i) with z_i = w_i*a_(i-1)": "with" is no name
    }
    if (Counterfactuals.supposes(text)) { // "If b1 were -3 instead, z1 = -1": not the text's
      run.notChecked(line, text, Counterfactuals.REASON);
      SupposedValues.forgetInPlace(run, text); // "suppose instead x = 2": x = 1 no longer holds
      return;
    }
    java.util.regex.Matcher sentence = PROSE_SENTENCE.matcher(text);
    if (sentence.matches()) { // "… instead of x. call it y = x + mu*v": the formula's sentence
      readInPlace(run, line, sentence.group(1).strip());
      return;
    }
    String atLine = PointLabels.asAtLine(run, text); // "t = 1:", "b = 0: f(x) = x/2"
    if (atLine != null) {
      readInPlace(run, line, atLine);
      return;
    }
    if (run.cases.plain.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))) {
      return; // "f(z) = z if z > 0, f(z) = 0.01*z if z <= 0": one definition by cases
    }
    String atPoint = PlainCasesAtPoints.rewritten(run, text);
    if (atPoint != null) {
      readInPlace(run, line, atPoint); // "f(z) = -0.015" at z = -1.5: the case z ≤ 0's formula
      return;
    }
    if (ConditionScopes.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))) {
      return; // "for x < 0: f'(x) = 0": checked where x < 0 only
    }
    if (ColonLabels.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))) {
      return; // "sigma'(z): sigma''(z) = …": the label is no part of the claim
    }
    if (CriticalPointClaims.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))
        || ProseExtrema.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))) {
      return; // "the critical points are x = 1 and x = 3"; "(z*(1-z)) achieves a maximum at 0.25"
    }
    String inWords = ProseWords.unreadCase(text); // "… = 1 if x > 0 else 0", "… for |a| <= d"
    if (inWords != null) { // "if" was a name, "for" a factor
      run.notChecked(line, text, inWords);
      return;
    }
    if (SetConditionLines.readInPlace(run, line, text)) {
      return; // "set dL/ds = 0: … so s = log(…)": a condition and its solution, no definition
    }
    if (PlainReasons.readInPlace(run, line, text, claim -> readInPlace(run, line, claim))) {
      return; // "… = -0.6   (since z1 > 0, relu' = 1)": a note, not a factor
    }
    if (TrailingProseClauses.readInPlace(run, line, text, c -> readInPlace(run, line, c))) {
      return; // "f(x) = x*sigmoid(b*x)   where b is beta": words, not factors
    }
    if (ProseLeads.readInPlace(text, n -> run.ctx.defines(n) || run.ctx.point().containsKey(n)
        || run.functions.contains(n), c -> readInPlace(run, line, c))) {
      return; // "Backprop for one neuron, L = …": the words are no part of the left side
    }
    String prose = ProseWords.stripped(run, text); // "by the chain rule dL/dw = …"
    if (!prose.equals(text)) {
      readInPlace(run, line, prose);
      return;
    }
    java.util.regex.Matcher every = FOR_EVERY.matcher(text);
    if (every.matches()) { // "so σ′(z) ≤ ¼ for all z": z free over the reals here
      UniversalClaims.withNamesFree(run, List.of(every.group(2).split("\\s*(?:,|\\band\\b)\\s*")),
          () -> readInPlace(run, line, every.group(1)));
      return;
    }
    if (PlainUpdates.readInPlace(run, line, text)) {
      return; // w ← w − 0.1·g: an assignment, not a claim
    }
    String bare = CONNECTIVE.matcher(text).replaceFirst("");
    List<String> said = MidLineConnectives.claims(bare, n -> run.ctx.defines(n)
        || run.ctx.point().containsKey(n) || run.functions.contains(n));
    if (said.size() > 1 && !bare.startsWith("at ") && !bare.startsWith("let ")) {
      said.forEach(claim -> readInPlace(run, line, claim)); // "f(x) = x^2 then f'(x) = 2x"
      return;
    }
    List<String> pieces = TopLevel.split(bare, ',');
    if (pieces.size() > 1 && !bare.startsWith("at ") && !bare.startsWith("let ")
        && pieces.stream().allMatch(p -> RELATION.matcher(p).find())) {
      for (String piece : DefinitionsUsedBeforeOnTheLine.ordered(pieces, run.ctx::defines)) {
        // "3 × 4 = 12, 0.1 · 0.2 = 0.02": two statements; "L(w) = f(p), p = …": p first
        readInPlace(run, line, piece.strip());
      }
      return;
    }
    List<String> statements = PlainStatements.statements(text, n -> run.ctx.defines(n)
        || run.ctx.point().containsKey(n));
    if (statements.size() > 1 || !statements.get(0).equals(text)) {
      for (int k = 0; k < statements.size(); k++) { // d/dx, =>, a label: as written out
        String st = statements.get(k);
        if (k + 1 < statements.size() && SolvingSteps.premiseInPlace(run, line, st,
            statements.get(k + 1))) {
          continue; // f'(x) = 3x^2 - 3 = 0 => x = 1: solving, as in LaTeX
        }
        String before = k > 0 ? statements.get(k - 1) : null; // "=> x = 0 or x = 2": each
        if (k > 0 && (SolvedRootAlternatives.conclusionsInPlace(run, line, before, st)
            || SolvingSteps.conclusionInPlace(run, line, before, st))) {
          continue;
        }
        readInPlace(run, line, st);
      }
      return;
    }
    // diff(L, w) of the math language is the total derivative through the text's definitions
    if (ALTERNATIVES.matcher(text).find()) { // "x = 0 or x = 2": "or" was a name, and ✗
      run.notChecked(line, text, "alternatives joined by 'or' are not read");
      return;
    }
    String primed = PrimedQuantities.rewrite(run, PrimedBuiltIns.rewrite(run, text)); // f'(x)
    if (primed == null) {
      run.notChecked(line, text, PrimedQuantities.UNREAD);
      return;
    }
    // diff(sp(x), x, 2): the order as nested derivatives
    String s = DerivativeOrders.nested(primed).replaceAll("(?<![A-Za-z0-9_])diff\\(", "dd(");
    String bareFunction = BareFunctionArguments.bareUse(s);
    if (bareFunction != null && !RELATION.matcher(text).find()) {
      return; // "tanh derivative (typed on my phone)": a title, no claim to check
    }
    if (bareFunction != null && !run.ctx.defines(bareFunction)
        && !run.ctx.point().containsKey(bareFunction)) { // tanh as a variable was ✗
      run.notChecked(line, text, BareFunctionArguments.reason(bareFunction));
      return;
    }
    if (HeavisideSteps.undefined(run, s)) { // H(p) of an entropy was the step, and ✗
      run.notChecked(line, text, HeavisideSteps.reason(run, s));
      return;
    }
    s = ValueNameProducts.rewrite(s, run.functions::contains); // a(1-a) beside -y/a

    try {
      PlainLineStatements.statement(run, line, s);
    } catch (RuntimeException e) { // one unreadable line (f(w) = |w| once) stopped the file
      run.notChecked(line, text, UserMessages.unreadable(e));
    }
  }
}
