package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one document being checked: the context so far (definitions, functions, named
 * points, hypotheses) and the results. Reads each statement as a chain of relations and decides
 * whether it defines, restates, assumes or claims. One per document; not thread-safe.
 */
final class DocumentRun implements AutoCloseable {
  final SymbolicEngine engine;
  final StepChecker checker;
  private boolean latex;
  final List<StepResult> out; // no ✓ or ✗ after an engine restart
  final Set<String> functions = new HashSet<>();
  final Set<String> unaryFunctions = new HashSet<>();
  /** Functions of two or more arguments the text defines, with their parameter names. */
  final Map<String, List<String>> functionParameters = new HashMap<>();
  private final Set<String> quantities = new HashSet<>();
  /** Letters the prose declares functions without defining them ("functions f and g"). */
  final Set<String> genericFunctions = new HashSet<>();
  /** Names a chain made equal to a function call ({@code y = f(x) = …}), with the call. */
  final Map<String, String> aliases = new HashMap<>();
  /** Functions whose letter now also names a family member (f after f_c(x) = …), with why. */
  final Map<String, String> functionFamilies = new HashMap<>();
  final FunctionBodyTexts bodyTexts = new FunctionBodyTexts(); // w(r) = rho'(r)/r as written
  final StepBudget budget;
  CheckContext ctx = CheckContext.empty();
  boolean newScope;
  String prose = "";
  /** The last term of the previous display, which a display opening with = continues. */
  String lastTail;
  /** The last term of the previous inline math, which "$= …$" on its own line continues. */
  String lastInlineTail;
  final Map<String, Integer> unread = new HashMap<>(); // names defined anew, not read: the line
  final ReassignedValues reassigned = new ReassignedValues(); // v₁ = 0.4, later v₁ = 0.00025
  /** Catalogue functions the text gives a body of its own, read (the hard sigmoid's σ). */
  final OwnCatalogueBodies ownBodies = new OwnCatalogueBodies();
  final UntakenDefinitions untaken = new UntakenDefinitions(); // a = \\sigm(z): not taken
  final IndependenceStatements independence = new IndependenceStatements();
  final StatedConstraints constraints = new StatedConstraints(); // a one-hot label: unsampled
  final StatedValues values = new StatedValues(); // what the text computed for its quantities
  final ValueFixedNames valueFixed = new ValueFixedNames(); // θ picked by c = 0.8 of c = cos θ
  final RoundedMembers roundedMembers = new RoundedMembers(); // q_1 = 0.9333 of q_k = …
  final EarlierFunctionRules earlierRules = new EarlierFunctionRules(); // f defined anew
  final DocumentSteps steps = new DocumentSteps(this);
  /** An algorithm's assignments and the losses the prose names (batch norm's backward pass). */
  final FamilyDefinitions families = new FamilyDefinitions();
  /** The points the current sentence named, and whether it also stated a value. */
  final SentenceScope sentence = new SentenceScope();
  /** Definitions with sums over unwritten sets (Σ_x, Σ_w, Σ_j), written out with each step. */
  final SizedDefinitions sized = new SizedDefinitions();
  /** Functions defined by a Σ with symbolic bounds (L(w) = Σ …), read as the name L. */
  final SummedFunctions summed = new SummedFunctions();
  final OwnParameterCalls ownCalls = new OwnParameterCalls(); // q'(k) of q'(k) = …δ_{k,y}
  /** Functions defined by cases on a number (ReLU), whose values at numbers are read. */
  final CasesFunctions cases = new CasesFunctions();
  /** Functions zero outside bounded intervals (a uniform density), integrated over the line. */
  final IntervalCases intervalCases = new IntervalCases();
  /** Families defined by a free index (ŷ_i, L_i) and recurrences (v_t), written out later. */
  final IndexedFamilies indexed = new IndexedFamilies();
  /** Names the text gives a matrix of numbers, pmatrix and all (engine name → value). */
  final Map<String, org.ejml.data.DMatrixRMaj> statedMatrices = new HashMap<>();
  final IndexCases indexCases = new IndexCases(); // "for $j \neq i$": the next step's case
  final LayeredNetworks network = new LayeredNetworks(); // z^l_j, a^l_j, δ^l_j of a generic C
  /** The claims so far, which later steps on undefined quantities may take as premises. */
  final PremiseLedger premises = new PremiseLedger();
  final ChainEnds chainEnds = new ChainEnds(); // the ends of a chain with an unread middle
  /** Requirements and choices the text states ("we set $n σ² = 1$"), with their lines. */
  final StatedConditions conditions = new StatedConditions();
  final MatrixDefinitions matrices = new MatrixDefinitions(); // o = W h, for the matrix reading
  final RestatedRules rules = new RestatedRules(); // "written another way, the update is"
  final UpdatedValues updates = new UpdatedValues(); // w ← … = 0.45: later steps at the new w
  final WrittenDefinitions written = new WrittenDefinitions(); // net = w1*i1 + …, as written
  final EarlierPoints earlierPoints = new EarlierPoints(); // η = 0.1 before "in general"
  final ConditionalDefinitions conditionalDefinitions = new ConditionalDefinitions(); // "when"
  final SectionDefinitions sections = new SectionDefinitions(); // L before "## 7", L anew after
  final NudgeArrows nudges = new NudgeArrows(); // J = 33 → 33.003 as v increases by 0.001
  final ImpliedDomains implied = new ImpliedDomains(); // n of Σ_{i=1}^n: 1, 2, 3, …
  final ComputedNumbers computed = new ComputedNumbers(); // … = 0.353, then L = −ln(0.353)
  final OtherCaseRefutations otherCase = new OtherCaseRefutations(); // no ✗ at case 1's x > 0
  final SettingKeys settingKeys = new SettingKeys(); // "With momentum": α's setting, tidy30
  boolean reluText; // the text uses ReLU, so that H(…) is its derivative, the step
  boolean identityEntries; // the text names I_{kj} the identity's entries (IdentityMatrixEntries)
  Set<String> primedPoints = Set.of(); // x of k(x, x′): x′ a second point (PrimedPoints)
  boolean equivalentPart; // the statement follows "or equivalently" (a claim, no condition)

  DocumentRun(SymbolicEngine engine, StepChecker checker, Duration stepBudget, boolean latex) {
    this.engine = engine;
    this.out = new ResultsAfterARestart(engine);
    this.checker = checker;
    this.budget = new StepBudget(engine, stepBudget);
    this.latex = latex;
  }

  void quantity(String name) { // a name the text makes a quantity (ζ when it defines ζ)
    quantities.add(name);
  }
  final ShownNames shownNames = new ShownNames(); // engine names → as the text wrote them

  /** The results, each name in their verdicts and notes shown as the text wrote it. */
  List<StepResult> results() {
    return out.stream().map(shownNames::render).toList();
  }

  @Override public void close() {
    budget.close();
  }

  /** A new definition of a name this reader cannot read: the steps that use it are not checked. */
  void unreadDefinition(int line, List<String> raw, String failure) {
    out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
        new StepVerdict.NotChecked("a new definition of " + raw.get(0).strip() + " that cannot "
            + "be read: " + failure + "; later steps that use it are not checked"), ""));
  }

  void notChecked(int line, String text, String reason) {
    out.add(new StepResult(line, text, Relation.EQUAL, "", new StepVerdict.NotChecked(reason), ""));
  }

  /** The text since the last display, inline math kept as $…$: what the next display follows. */
  final StringBuilder paragraph = new StringBuilder();

  String paragraph() {
    return paragraph.toString();
  }

  /** After a segment: a display ends the paragraph; inline math is part of it. */
  void segmentDone(String latex, boolean display) {
    if (display) {
      updates.displayDoneInPlace(paragraph()); // "after one step $$…$$ $$…$$": both updates
      paragraph.setLength(0);
    } else {
      paragraph.append('$').append(latex).append('$');
    }
  }

  /** The prose before a segment: what it names, ends or starts (see {@link ProseScope}). */
  void scope(String proseBefore, boolean display) {
    ProseScope.enterInPlace(this, proseBefore, display);
  }

  /** A line of engine syntax or plain text (see {@link PlainTextLines}). */
  void textLine(int line, String text) {
    WordedValues.noteInPlace(this, line, text); // "Exercise 5 (x1 = 1, b1 = 1)": values given
    int from = out.size();
    PlainTextLines.readInPlace(this, line, PartLabels.enterInPlace(this, text)); // "Q2. Let …"
    SupposedValues.forgetUnreadInPlace(this, text, from); // "a = 1 now": a = 7 no longer holds
  }

  /** A formula of a Markdown text's bare text, read as an engine-syntax line. */
  void plainInPlace(int line, String text) {
    readingInPlace(false, () -> textLine(line, text));
  }

  /** Runs {@code read} with formulas read as LaTeX or not (a plain line's family: LaTeX). */
  void readingInPlace(boolean asLatex, Runnable read) {
    boolean was = latex;
    latex = asLatex;
    try {
      read.run();
    } finally {
      latex = was;
    }
  }

  /** Records a hypothesis (see {@link HypothesisRanges}). */
  void assume(int line, ChainSplitter.Chain c, String raw) {
    HypothesisRanges.assumeInPlace(this, line, c, raw);
  }

  boolean latex() {
    return latex;
  }

  String read(String term) {
    try {
      return latex ? LatexReader.read(term, reading()).engineSyntax()
          : PlainNames.asEngineNames(term.strip());
    } catch (RuntimeException e) {
      return null;
    }
  }

  LatexReading reading() {
    return DocumentReadings.of(this, quantities);
  }

  /**
   * Reads one chain; returns its last term and the name it defines, if any (continuation
   * lines of an aligned block inherit it: z = … = u finally defines z as u).
   */
  String[] chain(int line, String statement, boolean claims, boolean contextOnly,
      String inheritedHead) {
    String[] set = ChainGuards.bySentence(this, line, statement, claims, inheritedHead);
    if (set != null) {
      return set;
    }
    List<String> components = latex ? java.util.Optional.ofNullable(TupleAssignments.split(
        statement)).orElse(NumericTuples.componentChains(statement)) : null;
    if (components != null) { // (x_1, y_1) = (0, 1): x_1 = 0 and y_1 = 1; c (1, 3) ≈ (…)
      String[] last = null;
      for (String each : components) {
        last = chain(line, each, claims, contextOnly, inheritedHead);
      }
      return last;
    }
    if (latex) {
      implied.noteInPlace(this, statement);
    }
    String summedForm = latex ? SummedFunctions.rewriteInPlace(this, line,
        intervalCases.rewrite(cases.rewrite(statement))) : statement;
    if (summedForm == null) { // L(0) of L(w) = Σ …: not written out
      List<String> t = ChainSplitter.split(statement).terms();
      return new String[] {t.get(t.size() - 1), inheritedHead};
    }
    statement = latex ? ownCalls.rewrite(this, summedForm) : summedForm;
    statement = latex ? NumericTuples.inChain(ValueSetSuffixes.strip(statement)) : statement;
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    List<String> raw = c.terms();
    String[] guarded = ChainGuards.afterSplit(this, line, statement, c, claims, inheritedHead);
    if (guarded != null) {
      return guarded;
    }
    if (latex && SigmaQuantities.stated(raw.get(0), c.relations().get(0), statement)) {
      quantities.add("sigmav"); // σ = … or σ² = …: σ is a number here, not the sigmoid
    }
    if (latex) {
      SquaredDeviations.defineInPlace(this, line, raw, c.relations()); // σ² = p(1−p) = 0.25
    }
    ChainTerms main = ChainTerms.read(this, raw, reading(), claims, line);
    ChainTerms alt = main.ambiguities().isEmpty() ? null : ChainTerms.read(this, raw,
        reading().alternative(), false, line);
    List<String> terms = main.engine();
    FunctionHeads.Head fn = latex ? FunctionHeads.parse(raw.get(0))
        : FunctionHeads.parsePlain(raw.get(0), functions); // phi(x) =, softsign(x) =
    if (fn == null && latex && raw.size() >= 2) { // L(W, \vec{X}_1) = … of D_W: vectors unused
      fn = VectorParameterHeads.parse(raw.get(0), raw.get(1));
    }
    if (fn == null && latex && raw.size() >= 2) {
      fn = PrimedFunctionHeads.parse(this, raw.get(0), raw.get(1)); // q'(k) = …: q′ itself
      if (fn != null) {
        engine.declareFunctionInPlace(fn.name()); // qprime: a function like q
      }
    }
    Relation rel0 = c.relations().get(0);
    String[] whole = ChainGuards.readWhole(this, line, statement, c, raw, terms, fn, claims);
    if (whole != null) {
      return whole;
    }
    ChainHead decided = ChainHeads.decide(this, line, statement, c, raw, fn, main, alt, claims,
        inheritedHead);
    if (decided.done() != null) {
      return decided.done();
    }
    String head = decided.head();
    int first = decided.first();
    boolean inlineClaim = decided.inlineClaim(); // an inline relation: checked, never dropped
    // inline math is prose: a single relation that is a hypothesis, a point or a definition is
    // read as such; any other relation, and a chain of two or more, is a claim and is checked
    if (inlineClaim && latex && c.relations().size() == 1 && rel0 == Relation.EQUAL
        && CatalogueRestatements.readInPlace(this, line, raw, terms, claims)) {
      return new String[] {raw.get(raw.size() - 1), null}; // Let σ(z) = 1/(1 + e^{−z})
    }
    if (inlineClaim && latex && c.relations().size() == 1
        && InlineRelations.readInPlace(this, line, statement, c, raw, terms, claims)) {
      return new String[] {raw.get(raw.size() - 1), null};
    }
    boolean check = claims || (contextOnly && latex && (c.relations().size() >= 2
        || inlineClaim));
    if (check && !claims) {
      sentence.valueStated();
    }
    int before = out.size();
    if (check) {
      ChainChecks.checkInPlace(this, line, statement, c, main, alt, first);
      if (inlineClaim && rel0 == Relation.EQUAL && raw.size() == 2) {
        untaken.recordInPlace(this, line, terms.get(0), raw.get(1), before);
        NewNameDefinitions.relabelInPlace(this, line, terms.get(0), raw, before); // s_i = f(x_i)
      }
    }
    values.chain(terms, raw, c.relations(), line, out.subList(before, out.size()).stream()
        .anyMatch(r -> r.verdict() instanceof StepVerdict.Refuted));
    computed.chainInPlace(terms);
    String last = terms.get(terms.size() - 1);
    if (head != null && last != null && EngineNames.is(last) && ctx.defines(last)
        && !last.equals(head)) {
      ctx = ctx.withDefinition(new Definition(head, engine.eval(last)));
    }
    return new String[] {raw.get(raw.size() - 1), head};
  }
}
