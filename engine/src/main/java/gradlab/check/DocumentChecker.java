package gradlab.check;

import gradlab.symbolic.Domain;
import gradlab.symbolic.SymbolicEngine;
import java.time.Duration;

/**
 * Checks every step of a document: Markdown with LaTeX ({@link #checkMarkdown}) or the engine
 * syntax format ({@link #checkText}). Display math is checked; inline math is prose, read for
 * definitions (x = a²), restatements (f = u + x of a defined f), functions (a(t) = …), named
 * points (a = 2, scoped until the next "at"/"for" or heading) and hypotheses ($0 < y < 1$),
 * which are assumed, not checked. Each step has a time budget (default 2 s).
 */
public final class DocumentChecker {
  /** The default time budget of one step. */
  public static final Duration DEFAULT_STEP_BUDGET = Duration.ofSeconds(2);

  private final SymbolicEngine engine;
  private final StepChecker checker;
  private final Duration stepBudget;

  public DocumentChecker(SymbolicEngine engine) {
    this(engine, DEFAULT_STEP_BUDGET);
  }

  public DocumentChecker(SymbolicEngine engine, Duration stepBudget) {
    if (stepBudget.isNegative() || stepBudget.isZero()) {
      throw new IllegalArgumentException("the step time budget must be positive, was "
          + stepBudget);
    }
    this.engine = engine;
    this.checker = new StepChecker(engine);
    this.stepBudget = stepBudget;
  }

  /**
   * {native, engine}: side evaluations of numeric steps so far made by the math language's own
   * evaluator, and those that fell back to the engine (for measurements; see bench/).
   */
  public long[] numericSideCounts() {
    return checker.numericSideCounts();
  }

  public CheckReport checkMarkdown(String source, String typed) {
    // \sum_{j'=1}^{V} e^{u_{j'}}: the primed index renamed to a fresh letter, shown as typed
    PrimedSumIndices.Renamed primed = PrimedSumIndices.rename(typed);
    CheckReport r = checkMarkdownRead(source, primed.text());
    return new CheckReport(r.source(), r.steps().stream().map(primed::shown).toList());
  }

  private CheckReport checkMarkdownRead(String source, String given) {
    String typed = ValueTables.rewrite(given, true); // | x | y | over | 2 | 1 |: x = 2, y = 1
    // $z₁ = σ(w₁x)$ as \sigma, _{1}; ∂L/∂w₁ as \frac{\partial L}{\partial w_{1}}
    // code and HTML comments are not math; $net = …$ makes net one name; 0{,}5 is 0.5
    String plain = DifferentialNames.rewrite(DecimalCommas.asPoints(WordNames.rewrite(
        TexMacros.expand(source.endsWith(".tex") ? typed
            : HtmlComments.blanked(MarkdownCode.blanked(typed))))));
    plain = PrimeCommands.asApostrophes(plain); // f^{\prime}(x) as f'(x)
    // \newcommand{\sig}{\sigma}; Ng's dz = \frac{dL}{dz}, then x_1 dz
    // diag(… −w_i/x_i² …) beside ∂(w ⊘ x)/∂x: the chain of i-th entries
    // f[x, \phi] = … beside \phi = \{\beta_0, …\}: f(x) = …, φ the parameters' set (Prince)
    String changes = ParameterSetArguments.rewrite(DiagonalJacobians.rewrite(DeltaQuantities
        .rewrite(SlashDerivatives.rewrite(PlainFunctionWords.commands(UnicodeLatex.normalize(
        FontArguments.braced(SizedBrackets.plain(DefinitionSigns.asColonEquals(PlainHats.asHats(
        plain))))))))));
    // x = (1, 2, 3) as [1, 2, 3], and its members x_k: counted from 0 or 1, read both ways
    if (!ComponentVectors.ambiguous(changes)) {
      return checkRead(source, typed, ComponentVectors.rewrite(changes, null));
    }
    CheckReport one = checkRead(source, typed, ComponentVectors.rewrite(changes, false));
    CheckReport zero = checkRead(source, typed, ComponentVectors.rewrite(changes, true));
    return MemberBases.merged(one, zero,
        () -> checkRead(source, typed, ComponentVectors.rewrite(changes, null)));
  }

  private CheckReport checkRead(String source, String typed, String vectors) {
    String written = WrittenOutVectors.rewrite(vectors);
    ImplicitPreActivations.Read read = ImplicitPreActivations.read(written);
    String text = read.text();
    // Δw one name; tanh′ as \tanh; ≔ and \doteq as :=; f(\mathbf{x}) as f(x_1, x_2)
    // \big{(} and \biggl( as (; a_i = σ(w_i a_{i-1}) with ∂a_4/∂z_4 written: z_i its argument
    try (DocumentRun run = new DocumentRun(engine, checker, stepBudget, true)) {
      run.reluText = HeavisideSteps.stepText(text); // H(…) the step only beside ReLU
      run.identityEntries = IdentityMatrixEntries.stated(text); // I_{kj}: δ_{kj}
      run.primedPoints = PrimedPoints.paired(text); // k(x, x′): x′ a point, no derivative
      GreekFunctions.definedByText(text).forEach(run::quantity);
      StandardDeviations.positiveInPlace(run, text); // σ₁ of N(μ₁, σ₁²) is positive
      RootDefinedScales.positiveInPlace(run, text); // σ^l = \sqrt{…}: σ is positive
      run.independence.constants.textInPlace(text); // "for … a scalar $a$": a constant
      run.matrices.symmetricInPlace(text); // "a symmetric matrix", A = A^⊤
      if (SigmaDifferentiated.in(text) || SigmaParameters.in(text)) {
        run.quantity("sigmav"); // ∂/∂σ: σ is a number here (z = μ + σ ε), not the sigmoid
      }
      if (SigmaAsFunction.in(text)) {
        run.functions.add(SigmaAsFunction.MARK); // σ'(z) written: σ(…) is σ applied
        run.functions.addAll(SigmaArguments.marks(text)); // ∂σ/∂b after a = σ(z): σ(z)
      }
      String operatorVariable = DifferentialOperators.shownVariable(text);
      if (operatorVariable != null) { // d/dx f(x) = Df(x): DC, Dx^n, De^x are d/dx of them
        run.functions.add(DifferentialOperators.MARK + operatorVariable);
      }
      run.families.lossesInPlace(text);
      run.functions.addAll(GreekFunctionNames.functionNames(text)); // Φ(x) = … later, h in words
      run.functions.addAll(UprightFunctionNames.functionNames(text)); // \text{FL}(p_t) = …
      run.genericFunctions.addAll(GenericFunctionNames.described(text)); // "$g$ … are … functions"
      run.untaken.unknownValues.documentInPlace(text); // does it define f of s_i = f(x_i)?
      java.util.Deque<GreekFunctionNames.Described> described = new java.util.ArrayDeque<>(
          ActivationDescriptions.withGreek(GreekFunctionNames.described(text), text)); // "$\Phi$
      // is the standard normal CDF", "let $g$ denote the logistic sigmoid function"
      java.util.List<MarkdownMath.Segment> segments = MarkdownTables.withRows(
          MarkdownMath.segments(text), text); // | 1 | 1.3133 | under | $x$ | $s(x)$ |
      String[] lines = text.split("\n", -1);
      java.util.Deque<BareTextRuns.Run> bare = new java.util.ArrayDeque<>(source.endsWith(".tex")
          ? java.util.List.of() : BareTextRuns.of(MarkdownCode.blanked(typed),
              n -> run.ctx.defines(n) || run.functions.contains(n))); // C = … outside $…$
      java.util.List<BareTextRelations.Blocked> blocked = new java.util.ArrayList<>();
      for (int k = 0; k < segments.size(); k++) {
        MarkdownMath.Segment seg = segments.get(k);
        while (!bare.isEmpty() && bare.peek().line() < seg.line()) { // C = … outside the $
          BareTextRelations.readInPlace(run, bare.pop(), blocked);
        }
        while (!described.isEmpty() && described.peek().line() <= seg.line()) {
          GreekFunctionNames.bind(run, described.pop());
        }
        if (seg.error() != null) {
          run.notChecked(seg.line(), seg.latex(), "cannot read: " + seg.error());
          continue;
        }
        int defs = TrailingDefinitions.count(run, segments, k); // "… where $p_2 = 1 - p_1$"
        if (defs > 0) {
          TrailingDefinitions.readInPlace(run, segments, k, defs);
          k += defs;
          continue;
        }
        run.scope(seg.prose(), seg.display());
        ProseHypotheses.assumeAllInPlace(run, text, segments, k); // "$$…$$ for 0 < α < 1."
        run.indexCases.seeInPlace(segments, k); // "for $j \neq i$, $$…$$": a case of indices
        int critical = CriticalPointClaims.segmentsInPlace(run, segments, k, lineAfter(lines,
            seg.line())); // "the critical points are $x = 1$ and $x = 3$": f'(1) = f'(3) = 0
        if (critical > 0) {
          k += critical - 1;
          continue;
        }
        int alternatives = OrAlternatives.readInPlace(run, segments, k); // "$x = 0$ or $x = 2$"
        if (alternatives > 0) {
          k += alternatives;
          continue;
        }
        if (k + 1 < segments.size() && TrailingHypothesis.inequalityUnder(seg,
            segments.get(k + 1))) { // "each factor $… < 1$ when $|w_i| < 4$": claimed under it
          HypothesisClaims.checkInPlace(run, seg, segments.get(++k));
          continue;
        }
        if (k + 1 < segments.size() && TrailingHypothesis.follows(seg, segments.get(k + 1))) {
          MarkdownMath.Segment h = segments.get(++k); // "$f'(x) = 0$ for $x < 0$"
          Domain before = run.ctx.domain();
          run.assume(h.line(), ChainSplitter.split(h.latex()), h.latex());
          int from = run.out.size();
          DisplayBlock.check(run, seg.line(), seg.latex(), false);
          run.ctx = run.ctx.withDomain(before);
          CaseDefinitions.unreadInPlace(run, from, h.latex()); // "$H(z) = 1$ for $z > 0$ and …"
          run.segmentDone(seg.latex(), false);
          run.scope(h.prose(), false);
          run.segmentDone(h.latex(), false);
          continue;
        }
        java.util.List<String> every = k + 1 < segments.size()
            ? TrailingHypothesis.universalNames(seg, segments.get(k + 1)) : null;
        if (every != null) { // "$σ'(z) ≥ 1/4$ for every $z$": no named point fixes z here
          UniversalClaims.checkInPlace(run, seg, every);
          run.segmentDone(segments.get(++k).latex(), false);
          continue;
        }
        if (k + 1 < segments.size() && RespectiveValues.checkInPlace(run, seg,
            segments.get(k + 1), lineAfter(lines, segments.get(k + 1).line()))) {
          run.segmentDone(segments.get(++k).latex(), false); // "… $-5, 0, -32$ respectively"
          continue;
        }
        if (k > 0 && (ExtremumPoints.checkInPlace(run, segments.get(k - 1), seg)
            || SolvingSteps.inlineConclusionInPlace(run, segments.get(k - 1), seg)
            || ArrowSpans.conclusionInPlace(run, segments, k))) { // $…$ $\Rightarrow$ $a = …$
          run.segmentDone(seg.latex(), false); // "$\max(σ'(z)) = 0.25$ when $z = 0.5$"
          continue;
        }
        try {
          DisplayBlock.check(run, seg.line(), seg.latex(), seg.display());
        } catch (RuntimeException e) { // one step the checker failed on lost the whole report
          run.notChecked(seg.line(), seg.latex(), StepFailures.reason(e));
        }
        run.segmentDone(seg.latex(), seg.display());
      }
      bare.forEach(r -> BareTextRelations.readInPlace(run, r, blocked));
      BareTextRelations.guardInPlace(run, blocked); // a ✗ through a name an unread one changed
      return new CheckReport(source, read.noted(run.results()));
    }
  }

  /** Line {@code line} (1-based) of the text and the one after it, where they exist. */
  private static String lineAfter(String[] lines, int line) {
    return (line - 1 < lines.length && line >= 1 ? lines[line - 1] : "") + " "
        + (line < lines.length ? lines[line] : "");
  }

  /**
   * The engine syntax format, one statement a line: {@code let x = a^2},
   * {@code let f(t) = 1/(1+Exp(-t))}, {@code at a = 2, b = 1}, {@code assume 4 < W < 40}, and
   * chains such as {@code tanh(x) = 2*sigma(2*x) - 1}. {@code #} starts a comment, and so does
   * an HTML comment {@code <!-- … -->} (a markdown file without math is read in this format: its
   * header comment's {@code <!--} was taken for a relation with an empty side).
   */
  public CheckReport checkText(String source, String typed) {
    // Notepad's "UTF-8 with BOM": the mark is not part of the first line (its f(x) = … was lost)
    String text = ValueTables.rewrite(typed.startsWith("\uFEFF") ? typed.substring(1) : typed,
        false); // | x | y | over | 2 | 1 |: the line x = 2, y = 1
    try (DocumentRun run = new DocumentRun(engine, checker, stepBudget, false)) {
      run.reluText = HeavisideSteps.stepText(text); // H(…) the step only beside ReLU
      String[] lines = HtmlComments.blanked(text).split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        lines[n] = lines[n].replaceAll("#.*", "").strip();
      }
      lines = PlainContinuations.read(lines); // "  = 7" continues the chain; "- " a bullet
      PlainFunctionNames.declareInPlace(run, lines); // softsign(x) = …: a function of the text
      PlainHeadLetters.declareInPlace(run, lines); // ℓ(y, t) = …: the function ell
      // "so the gradient wrt w is twice the error times x": checked once its names are defined
      java.util.List<GradientsInWords.Pending> said = new java.util.ArrayList<>(
          GradientsInWords.scan(lines));
      for (int n = 0; n < lines.length; n++) {
        run.textLine(n + 1, lines[n]);
        GradientsInWords.decideInPlace(run, said, n + 1);
      }
      String[] read = lines;
      return new CheckReport(source, run.results().stream().map(r -> r.line() >= 1
          && r.line() <= read.length ? TypedScales.shown(TypedDerivatives.shown(r,
          read[r.line() - 1]), read[r.line() - 1]) : r).toList());
    }
  }
}
