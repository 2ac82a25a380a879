package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The state of one document being checked: the context so far (definitions, functions, named
 * points, hypotheses) and the results. Reads each statement as a chain of relations and decides
 * whether it defines, restates, assumes or claims. One per document; not thread-safe.
 */
final class DocumentRun implements AutoCloseable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern ABS_NAME = Pattern.compile("Abs\\(([A-Za-z][A-Za-z0-9]*)\\)");
  private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+(\\.\\d+)?(/\\d+)?");
  private static final Pattern SIGMA_QUANTITY = Pattern.compile(
      "\\s*\\\\sigma(\\^\\{?2\\}?)?\\s*(=|\\\\approx).*", Pattern.DOTALL);

  final SymbolicEngine engine;
  final StepChecker checker;
  private boolean latex;
  final List<StepResult> out = new ArrayList<>();
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
  /** Names given a new definition the reader could not read, with its line. */
  final Map<String, Integer> unread = new HashMap<>();
  /** Names whose first defining statement was not taken (a = \\sigm(z)). */
  final UntakenDefinitions untaken = new UntakenDefinitions();
  final IndependenceStatements independence = new IndependenceStatements();
  /** Names the text constrains in words (a one-hot label), which are not sampled. */
  final StatedConstraints constraints = new StatedConstraints();
  /** Values the text computed for its quantities so far. */
  final StatedValues values = new StatedValues();
  final ValueFixedNames valueFixed = new ValueFixedNames(); // θ picked by c = 0.8 of c = cos θ
  final RoundedMembers roundedMembers = new RoundedMembers(); // q_1 = 0.9333 of q_k = …
  final DocumentSteps steps = new DocumentSteps(this);
  /** An algorithm's assignments and the losses the prose names (batch norm's backward pass). */
  final FamilyDefinitions families = new FamilyDefinitions();
  /** The points the current sentence named, and whether it also stated a value. */
  final SentenceScope sentence = new SentenceScope();
  /** Definitions with sums over unwritten sets (Σ_x, Σ_w, Σ_j), written out with each step. */
  final SizedDefinitions sized = new SizedDefinitions();
  /** Functions defined by a Σ with symbolic bounds (L(w) = Σ …), read as the name L. */
  final SummedFunctions summed = new SummedFunctions();
  /** Functions defined by cases on a number (ReLU), whose values at numbers are read. */
  final CasesFunctions cases = new CasesFunctions();
  /** Functions zero outside bounded intervals (a uniform density), integrated over the line. */
  final IntervalCases intervalCases = new IntervalCases();
  /** Families defined by a free index (ŷ_i, L_i) and recurrences (v_t), written out later. */
  final IndexedFamilies indexed = new IndexedFamilies();
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
  final SectionDefinitions sections = new SectionDefinitions(); // L before "## 7", L anew after
  final NudgeArrows nudges = new NudgeArrows(); // J = 33 → 33.003 as v increases by 0.001
  final ImpliedDomains implied = new ImpliedDomains(); // n of Σ_{i=1}^n: 1, 2, 3, …
  final ComputedNumbers computed = new ComputedNumbers(); // … = 0.353, then L = −ln(0.353)
  /** Whether the text uses ReLU, so that H(…) is its derivative, the step. */
  boolean reluText;
  /** Whether the statement being read follows "or equivalently" (a claim, not a condition). */
  boolean equivalentPart;

  DocumentRun(SymbolicEngine engine, StepChecker checker, Duration stepBudget, boolean latex) {
    this.engine = engine;
    this.checker = checker;
    this.budget = new StepBudget(engine, stepBudget);
    this.latex = latex;
  }

  /** A name the text makes a quantity of its own (ζ when it defines ζ itself). */
  void quantity(String name) {
    quantities.add(name);
  }
  /** Engine names → as the text wrote them, from every formula read. */
  final ShownNames shownNames = new ShownNames();

  /** The results, each name in their verdicts and notes shown as the text wrote it. */
  List<StepResult> results() {
    return out.stream().map(shownNames::render).toList();
  }

  @Override
  public void close() {
    budget.close();
  }

  /** A new definition of a name this reader cannot read: the steps that use it are not checked. */
  private void unreadDefinition(int line, List<String> raw, String failure) {
    out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
        new StepVerdict.NotChecked("a new definition of " + raw.get(0).strip() + " that cannot "
            + "be read: " + failure + "; later steps that use it are not checked"), ""));
  }

  void notChecked(int line, String text, String reason) {
    out.add(new StepResult(line, text, Relation.EQUAL, "", new StepVerdict.NotChecked(
        reason), ""));
  }

  /** The text since the last display, inline math kept as $…$: what the next display follows. */
  final StringBuilder paragraph = new StringBuilder();

  String paragraph() {
    return paragraph.toString();
  }

  /** After a segment: a display ends the paragraph; inline math is part of it. */
  void segmentDone(String latex, boolean display) {
    if (display) {
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
    PlainTextLines.readInPlace(this, line, text);
    SupposedValues.forgetUnreadInPlace(this, text, from); // "a = 1 now": a = 7 no longer holds
  }

  /** A formula of a Markdown text's bare text, read as an engine-syntax line. */
  void plainInPlace(int line, String text) {
    boolean was = latex;
    latex = false;
    try {
      textLine(line, text);
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
    Set<String> vars = new HashSet<>(quantities);
    vars.addAll(indexed.quantities); // p_i(1 - p_j) of a family p_i: a product
    ctx.definitions().forEach(d -> vars.add(d.name()));
    // σ²_ML = (1/N) Σ_n …, defined written out: σ_ML^2 is that one name, as for σ_B^2 = …
    sized.names().stream().filter(n -> n.startsWith("sigmav") && n.endsWith("sq"))
        .forEach(vars::add);
    vars.addAll(ctx.point().keySet());
    // σ_1 with a stated range is a quantity of its own (then σ_1^2 is its square)
    ctx.domain().intervals().keySet().stream().filter(n -> n.startsWith("sigmav"))
        .forEach(vars::add);
    Set<String> fns = new HashSet<>(functions);
    genericFunctions.stream().filter(f -> !vars.contains(f)).forEach(fns::add);
    return LatexReading.of(fns, vars).withIndependence(independence.names()).withConstants(
        independence.constants.names());
  }

  /**
   * Reads one chain; returns its last term and the name it defines, if any (continuation
   * lines of an aligned block inherit it: z = … = u finally defines z as u).
   */
  String[] chain(int line, String statement, boolean claims, boolean contextOnly,
      String inheritedHead) {
    if (latex && IndexRanges.readInPlace(this, line, statement)) { // l = 2, 3, \ldots, L
      RangeMembers.defineInPlace(this, line, statement); // p_k = k/6, k = 1, …, 3: p_1, p_2, p_3
      return new String[] {statement, inheritedHead};
    }
    if (latex && QuotedAsWrong.quotes(SentenceScope.lastSentence(paragraph()))) {
      if (claims || ChainSplitter.split(statement).terms().size() >= 2) {
        notChecked(line, statement.strip(), QuotedAsWrong.REASON); // "a common mistake is …"
      }
      return new String[] {statement, inheritedHead};
    }
    if (latex && Counterfactuals.supposes(SentenceScope.lastSentence(paragraph()))) {
      if (claims || ChainSplitter.split(statement).terms().size() >= 2) {
        notChecked(line, statement.strip(), Counterfactuals.REASON); // "if b₁ were −3, …"
      }
      SupposedValues.forgetInPlace(this, SentenceScope.lastSentence(paragraph()) + " $"
          + statement + "$"); // "suppose instead $x = 3$": x = 1 no longer holds
      return new String[] {statement, inheritedHead};
    }
    List<String> components = latex ? TupleAssignments.split(statement) : null;
    if (components != null) { // (x_1, y_1) = (0, 1): x_1 = 0 and y_1 = 1
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
    statement = summedForm;
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    List<String> raw = c.terms();
    if (raw.size() >= 2 && raw.stream().anyMatch(String::isBlank)) {
      if (claims) {
        notChecked(line, statement.strip(), "a side of the relation is empty");
      }
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
    }
    if (raw.size() < 2) {
      LoneStatements.readInPlace(this, line, statement, raw, claims);
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
    }
    if (latex && !claims && !StatedConditions.introduces(prose)
        && StatedGoals.sets(paragraph())) { // "show that $σ_w² = 2/n$": no given
      out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null,
          StatedGoals.NOTE));
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (latex && WrittenOutVectors.isStatement(statement)) { // x = [x_1, x_2]^⊤: by components
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(), null,
          "a vector written out: read by its components"));
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (Hypotheses.allInequalities(c.relations()) && latex
        && (!claims && !Hypotheses.sentenceConcludes(prose)
            || Hypotheses.introducesHypothesis(prose))) {
      assume(line, c, statement);
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (latex && SIGMA_QUANTITY.matcher(raw.get(0) + " = ").matches()
        && c.relations().get(0) == Relation.EQUAL && SIGMA_QUANTITY.matcher(statement)
        .matches()) {
      quantities.add("sigmav"); // σ = … or σ² = …: σ is a number here, not the sigmoid
    }
    if (latex) {
      SquaredDeviations.defineInPlace(this, line, raw, c.relations()); // σ² = p(1−p) = 0.25
    }
    ChainTerms main = ChainTerms.read(this, raw, reading(), claims, line);
    ChainTerms alt = main.ambiguities().isEmpty() ? null : ChainTerms.read(this, raw,
        reading().alternative(), false, line);
    List<String> terms = main.engine();
    int first = 0;
    FunctionHeads.Head fn = latex ? FunctionHeads.parse(raw.get(0))
        : FunctionHeads.parsePlain(raw.get(0), functions); // phi(x) =, softsign(x) =
    if (fn == null && latex && raw.size() >= 2) {
      fn = PrimedFunctionHeads.parse(this, raw.get(0), raw.get(1)); // q'(k) = …: q′ itself
      if (fn != null) {
        engine.declareFunctionInPlace(fn.name()); // qprime: a function like q
      }
    }
    String head = terms.get(0);
    Relation rel0 = c.relations().get(0);
    boolean inlineClaim = false; // an inline relation that defines nothing: checked, never dropped
    if (CaseConditions.readInPlace(this, line, statement, raw, rel0, claims)) {
      return new String[] {raw.get(raw.size() - 1), null}; // "Case $i = j$:": a case
    }
    if (!claims && latex && (NamedPoints.several(this, line, raw, c.relations(), terms)
        || NamedPoints.movedInChain(this, line, raw, c.relations(), terms))) {
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (IntermediateNames.names(this, line, raw, c.relations(), terms)
        || NameChains.names(this, line, raw, c.relations(), terms)) { // ŷ = a = σ(z)
      return new String[] {raw.get(raw.size() - 1), terms.get(0)};
    }
    if (latex && rel0 == Relation.EQUAL && raw.size() == 2
        && ProseCaseValues.readInPlace(this, line, statement, fn, terms.get(1))) {
      return new String[] {raw.get(1), null}; // q(y) = 1 and q(k) = 0: cases in prose
    }
    if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null
        && DefinitionHeads.isValueOfDefinedFunction(this, fn.name(), fn.parameterList(),
            terms.get(1))) {
      // J(w) = 0.5 of a defined J: a claim about its value (at the stated point), never a
      // redefinition of J as a constant
      head = inheritedHead;
      inlineClaim = true;
    } else if (rel0 == Relation.EQUAL && OperatorHeads.appliedToDefined(this, fn)) {
      head = inheritedHead; // D(L, z) = σ(z) + y after L = …: a derivative claim, no definition
      inlineClaim = true;
    } else if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null) {
      // f(x, y) = … with named arguments defines f. Of a defined f it is first a claim: where
      // it holds it is shown proved; where it differs it is f defined anew (CS231n's next
      // example f(x, y) = x + y after f(x, y) = x y), shown as such, never refuted
      String f = fn.name();
      UnreadFunctionChainLinks.Definition d = FunctionDefinitionSteps.definedInPlace(this, line,
          fn, raw, terms, main, alt);
      if (d == UnreadFunctionChainLinks.Definition.REFUSED) {
        return new String[] {raw.get(raw.size() - 1), null};
      }
      head = d == UnreadFunctionChainLinks.Definition.TAKEN ? f : null; // A(η) = … = …: links
      first = 1;
    } else if (claims && LatexStatistics.isMoment(head)) {
      head = inheritedHead; // E[x] = …, Var(y) = … in a display: a claim, never a definition
    } else if (latex && MomentClaims.ofDefined(this, head)) {
      head = inheritedHead; // "for $n = 3$, $Var(y) = 4σ_w²σ_x²$" of a defined y: a claim
      inlineClaim = true;
    } else if (PointUpdateChains.readInPlace(this, line, raw, terms, c.relations())) {
      first = 1; // "after one step $w = 0 - 0.1 \cdot (-6) = 0.6$": w's new value
    } else if (rel0 == Relation.EQUAL && raw.size() == 2 && head != null
        && NAME.matcher(head).matches() && !ctx.defines(head) && !functions.contains(head)
        && terms.get(1) != null && ClosedValuePoints.isPoint(this, head, terms.get(1))) {
      NamedPoints.bindInPlace(this, line, raw, TextPi.pointName(this, head, terms.get(1)),
          terms.get(1), claims); // x = 1/√2 too; π = 0.3 a quantity of the text
      return new String[] {raw.get(1), null};
    } else if (latex && SameNameAbbreviations.readInPlace(this, line, raw, rel0, head,
        untaken.unknownValues.document())) {
      return new String[] {raw.get(1), null}; // "with $D = D(x)$": D is any value
    } else if (DefinitionHeads.definesName(this, rel0, head, terms.get(1)) && (alt == null
        || !TwoReadingDefinitions.differ(main.ambiguities())
        || Objects.equals(alt.engine().get(1), terms.get(1)))) { // y = f(g(x)): one reading
      steps.define(line, head, raw.get(0), raw.get(1), terms.get(1));
      indexed.define(raw.get(0), raw.get(1), true); // a_t = b_t + c_t a_{t−1}: every member
      first = 1;
    } else if (NumericReassignments.readInPlace(this, line, raw, terms, rel0, claims)) {
      first = 1; // grad = 2(0.6 − 3) = −4.8 after grad = 2(0 − 3) = −6: the next iteration
    } else if (raw.size() == 2 && LogDefinitions.defineInPlace(this, line, rel0, raw, terms)) {
      first = 1; // log p(y | x; w) = …: p is e to the right side
    } else if (latex && raw.size() == 2
        && LogFunctionHeads.defineInPlace(this, line, rel0, raw, terms)) {
      first = 1; // \log p(w) = …: the function p is e to the right side
    } else if (rel0 == Relation.EQUAL && head != null && ctx.defines(head)
        && terms.get(1) != null && (raw.size() == 2 || sections.fromEarlierPart(head, ctx))) {
      if (steps.restate(line, head, raw.get(0), raw.get(1), terms.get(1), claims)) {
        if (raw.size() == 2) {
          return new String[] {raw.get(1), null}; // a new meaning, shown as one: no claim left
        }
        first = 1; // L = A = B in a new part: L anew, A = B still steps
      }
      // z_1 = 0.5 of a defined z_1 in prose: a value the text states, checked as a claim
      inlineClaim = NUMBER.matcher(terms.get(1).strip()).matches();
    } else if (rel0 == Relation.EQUAL && head != null && NAME.matcher(head).matches()
        && ctx.defines(head) && terms.get(1) == null && raw.size() == 2) {
      // "with the cross-entropy cost $C = …$": C now means something this reader cannot
      // read, so the steps that use C are not checked against its old meaning
      unread.putIfAbsent(head, line); // the line of the first unread meaning, for the notes
      values.clear();
      if (!claims) {
        unreadDefinition(line, raw, main.failures().get(1));
        return new String[] {raw.get(1), null};
      }
    } else if (head != null && functions.contains(head) && !ctx.defines(head)) {
      // J = 0.5 of a function J(w): which value of J is meant is not written
      notChecked(line, statement.strip(), raw.get(0).strip() + " is a function the text "
          + "defines; write its value with the argument, " + raw.get(0).strip() + "(…)");
    } else if (rel0 == Relation.EQUAL && latex && raw.size() == 2 && head != null
        && !ctx.defines(head) && terms.get(1) == null && main.failures().get(1) != null
        && (main.failures().get(1).contains("with symbolic bounds") || main.failures().get(1)
        .startsWith("⊙") && !indexed.defines(raw.get(0)))
        && indexed.define(raw.get(0), raw.get(1))) { // ŷ_i = exp(o_i)/Σ_j exp(o_j): each i
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          "definition"));
      first = 1;
    } else if (rel0 == Relation.EQUAL && latex && head != null && NAME.matcher(head).matches()
        && !ctx.defines(head) && terms.get(1) == null && main.failures().get(1) != null
        && main.failures().get(1).contains("with symbolic bounds")
        && sized.define(head, raw.get(0), raw.get(1))) { // C = −(1/n) Σ_x […]: written out later
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          "definition"));
      first = 1;
    } else if (rel0 == Relation.EQUAL && latex && head != null && NAME.matcher(head).matches()
        && !ctx.defines(head) && terms.get(1) == null && raw.size() == 2
        && !unread.containsKey(head) && !network.defines(raw.get(0))
        && MatrixDefinitions.isMatrixFailure(main.failures().get(1))) {
      // a = b + W h, y = w^⊤x + b: vector algebra, read by the matrix reading only
      boolean read = matrices.defineInPlace(raw.get(0), raw.get(1)); // names: the parameters
      ctx = ctx.withUsed(ctx.used().withParameters(FormulaNames.of(raw.get(1), reading())));
      if (!read) { // e_{ij} = w_i^T w̃_j + …: not free, whatever ∂e/∂w_i is
        untaken.vectorDefinedInPlace(this, head, line);
      }
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          read ? MatrixDefinitions.READ_DEFINITION : ElementWise.UNREAD_DEFINITION));
      return new String[] {raw.get(1), null};
    } else if (rel0 == Relation.EQUAL && latex && raw.size() == 2 && head != null
        && NAME.matcher(head).matches() && !ctx.defines(head) && !functions.contains(head)
        && terms.get(1) == null && ElidedLists.isList(raw.get(1), main.failures().get(1))) {
      // X = \{x_1, \ldots, x_N\}: notation for a list, not a claim; X stays undefined
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          ElidedLists.NOTE));
      return new String[] {raw.get(1), null};
    } else if (rel0 == Relation.EQUAL && latex && head != null && sized.defines(head)
        && terms.get(1) == null) { // C defined anew (Nielsen's regularized cost), not read
      sized.forget(head);
      unread.put(head, line);
      unreadDefinition(line, raw, main.failures().get(1));
      return new String[] {raw.get(raw.size() - 1), null};
    } else if (terms.get(1) == null && MatrixFunctionHeads.defineInPlace(this, line, raw, rel0,
        latex)) { // f(𝐱) = ½𝐱ᵀ𝐐𝐱 + 𝐜ᵀ𝐱 + b: a function of vectors
      if (raw.size() == 2) {
        return new String[] {raw.get(1), null};
      }
      first = 1;
    } else {
      head = inheritedHead;
      inlineClaim = true;
    }
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
      }
    }
    values.chain(terms, raw, c.relations(), line, out.subList(before, out.size()).stream()
        .anyMatch(r -> r.verdict() instanceof StepVerdict.Refuted));
    computed.chainInPlace(terms);
    String last = terms.get(terms.size() - 1);
    if (head != null && last != null && NAME.matcher(last).matches() && ctx.defines(last)
        && !last.equals(head)) {
      ctx = ctx.withDefinition(new Definition(head, engine.eval(last)));
    }
    return new String[] {raw.get(raw.size() - 1), head};
  }
}
