package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one document being checked: the context so far (definitions, functions, named
 * points, hypotheses) and the results. Reads each statement as a chain of relations and decides
 * whether it defines, restates, assumes or claims. One per document; not thread-safe.
 */
final class DocumentRun implements AutoCloseable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern ABS_NAME = Pattern.compile("Abs\\(([A-Za-z][A-Za-z0-9]*)\\)");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+)?");
  private static final Pattern SIGMA_QUANTITY = Pattern.compile(
      "\\s*\\\\sigma(\\^\\{?2\\}?)?\\s*(=|\\\\approx).*", Pattern.DOTALL);

  final SymbolicEngine engine;
  final StepChecker checker;
  private final boolean latex;
  final List<StepResult> out = new ArrayList<>();
  final Set<String> functions = new HashSet<>();
  final Set<String> unaryFunctions = new HashSet<>();
  /** Functions of two or more arguments the text defines, with their parameter names. */
  final Map<String, List<String>> functionParameters = new HashMap<>();
  private final Set<String> quantities = new HashSet<>();
  /** Letters the prose declares functions without defining them ("functions f and g"). */
  private final Set<String> genericFunctions = new HashSet<>();
  /** Names a chain made equal to a function call ({@code y = f(x) = …}), with the call. */
  final Map<String, String> aliases = new HashMap<>();
  /** Functions whose letter now also names a family member (f after f_c(x) = …), with why. */
  final Map<String, String> functionFamilies = new HashMap<>();
  final StepBudget budget;
  CheckContext ctx = CheckContext.empty();
  private boolean newScope;
  String prose = "";
  /** The last term of the previous display, which a display opening with = continues. */
  String lastTail;

  /** The last term of the previous inline math, which "$= …$" on its own line continues. */
  String lastInlineTail;
  /** Names given a new definition the reader could not read, with its line. */
  final Map<String, Integer> unread = new HashMap<>();
  final IndependenceStatements independence = new IndependenceStatements();
  /** Names the text constrains in words (a one-hot label), which are not sampled. */
  final StatedConstraints constraints = new StatedConstraints();
  /** Values the text computed for its quantities so far. */
  final StatedValues values = new StatedValues();
  final DocumentSteps steps = new DocumentSteps(this);
  /** An algorithm's assignments and the losses the prose names (batch norm's backward pass). */
  final FamilyDefinitions families = new FamilyDefinitions();
  /** The points the current sentence named, and whether it also stated a value. */
  private final SentenceScope sentence = new SentenceScope();
  /** Definitions with sums over unwritten sets (Σ_x, Σ_w, Σ_j), written out with each step. */
  final SizedDefinitions sized = new SizedDefinitions();
  /** Families defined by a free index (ŷ_i, L_i) and recurrences (v_t), written out later. */
  final IndexedFamilies indexed = new IndexedFamilies();
  /** The claims so far, which later steps on undefined quantities may take as premises. */
  final PremiseLedger premises = new PremiseLedger();
  /** Requirements and choices the text states ("we set $n σ² = 1$"), with their lines. */
  final StatedConditions conditions = new StatedConditions();
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

  void notChecked(int line, String text, String reason) {
    out.add(new StepResult(line, text, Relation.EQUAL, "", new StepVerdict.NotChecked(
        reason), ""));
  }

  /** The text since the last display, inline math kept as $…$: what the next display follows. */
  private final StringBuilder paragraph = new StringBuilder();

  String paragraph() {
    return paragraph.toString();
  }

  /** The current paragraph's prose and inline math so far. */
  String paragraphText() {
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

  void scope(String proseBefore, boolean display) {
    paragraph.append(proseBefore);
    genericFunctions.addAll(GenericFunctionNames.declared(paragraph.toString()));
    if (sentence.endsWith(proseBefore)) {
      // "At $x = 0$ the value is $f(0) = 0$." — the point was this sentence's, not a
      // hypothesis for the steps after it
      ctx = ctx.withoutPoints();
      values.clear();
    }
    for (String name : ForAll.names(paragraph)) {
      ctx = ctx.withoutPoint(name); // "For all $x$:" ends the point named earlier for x
    }
    if (ForAll.inGeneral(proseBefore)) {
      ctx = ctx.withoutPoints(); // "…, and in general $$…$$": no point applies
    }
    prose = proseBefore;
    independence.prose(proseBefore);
    constraints.prose(proseBefore);
    if (Hypotheses.hasHeading(proseBefore)) {
      ctx = ctx.withoutPoints();
      values.clear();
      premises.clearInPlace();
      conditions.clearInPlace();
      lastTail = null;
    }
    newScope = !display && Hypotheses.startsScope(proseBefore);
  }

  void textLine(int line, String text) {
    if (text.isEmpty()) {
      return;
    }
    List<String> statements = PlainTextLines.statements(text);
    if (statements.size() > 1 || !statements.get(0).equals(text)) {
      statements.forEach(st -> textLine(line, st)); // d/dx, =>, a label: as written out
      return;
    }
    // diff(L, w) of the math language is the total derivative through the text's definitions
    String s = text.replaceAll("(?<![A-Za-z0-9_])diff\\(", "dd(");
    if (s.startsWith("let ")) {
      chain(line, s.substring(4), false, true, null);
    } else if (s.startsWith("at ")) {
      for (String part : s.substring(3).split(",")) {
        chain(line, part, false, true, null);
      }
    } else if (s.startsWith("assume ")) {
      assume(line, ChainSplitter.split(s.substring(7)), s.substring(7));
    } else {
      chain(line, s, true, false, null);
    }
  }

  /** Records a hypothesis; a chain lo < name < hi (or one bound) restricts name's domain. */
  void assume(int line, ChainSplitter.Chain c, String raw) {
    List<String> t = c.terms();
    Double lo = null;
    Double hi = null;
    String name = null;
    for (int k = 0; k < t.size() && Hypotheses.allInequalities(c.relations()); k++) {
      String e = read(t.get(k));
      Matcher abs = e == null ? null : ABS_NAME.matcher(e);
      if (abs != null && abs.matches() && !ctx.defines(abs.group(1)) && t.size() == 2) {
        // |w| < 1: w in (−1, 1)
        Double bound = k == 0 && isLess(c.relations().get(0)) ? number(t.get(1))
            : k == 1 && !isLess(c.relations().get(0)) ? number(t.get(0)) : null;
        if (bound != null && bound > 0) {
          name = abs.group(1);
          lo = -bound;
          hi = bound;
        }
        break;
      }
      if (e != null && NAME.matcher(e).matches() && !ctx.defines(e)) {
        name = e;
        boolean less = k > 0 && isLess(c.relations().get(k - 1));
        Double before = k > 0 ? number(t.get(k - 1)) : null;
        Double after = k + 1 < t.size() ? number(t.get(k + 1)) : null;
        if (before != null) {
          if (less) {
            lo = before;
          } else {
            hi = before;
          }
        }
        if (after != null) {
          if (isLess(c.relations().get(k))) {
            hi = after;
          } else {
            lo = after;
          }
        }
        break;
      }
    }
    double[] interval = Hypotheses.interval(lo, hi);
    if (name != null && interval != null) {
      ctx = ctx.withDomain(ctx.domain().with(name, interval[0], interval[1]));
    }
    out.add(new StepResult(line, raw.strip(), Relation.EQUAL, "", null, "assumption"));
  }

  private boolean isLess(Relation r) {
    return r == Relation.LESS || r == Relation.LESS_EQUAL;
  }

  private Double number(String term) {
    try {
      String e = read(term);
      return e == null || !engine.freeSymbols(engine.eval(e)).isEmpty() ? null
          : engine.numeric(engine.eval(e), java.util.Map.of());
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private String read(String term) {
    try {
      return latex ? LatexReader.read(term, reading()).engineSyntax() : term.strip();
    } catch (RuntimeException e) {
      return null;
    }
  }

  LatexReading reading() {
    Set<String> vars = new HashSet<>(quantities);
    ctx.definitions().forEach(d -> vars.add(d.name()));
    vars.addAll(ctx.point().keySet());
    // σ_1 with a stated range is a quantity of its own (then σ_1^2 is its square)
    ctx.domain().intervals().keySet().stream().filter(n -> n.startsWith("sigmav"))
        .forEach(vars::add);
    Set<String> fns = new HashSet<>(functions);
    genericFunctions.stream().filter(f -> !vars.contains(f)).forEach(fns::add);
    return LatexReading.of(fns, vars).withIndependence(independence.names());
  }

  /**
   * Reads one chain; returns its last term and the name it defines, if any (continuation
   * lines of an aligned block inherit it: z = … = u finally defines z as u).
   */
  String[] chain(int line, String statement, boolean claims, boolean contextOnly,
      String inheritedHead) {
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    List<String> raw = c.terms();
    if (raw.size() >= 2 && raw.stream().anyMatch(String::isBlank)) {
      if (claims) {
        notChecked(line, statement.strip(), "a side of the relation is empty");
      }
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
    }
    if (raw.size() < 2) {
      if (latex && Assumptions.isDistribution(statement)) { // W \sim U[-a, a]: assumed
        DistributionMoments.defineInPlace(this, statement); // and Var(W) = a²/3
        out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, "assumption"));
        return new String[] {raw.get(0), inheritedHead};
      }
      if (latex && !claims) { // "for every $x$": a claim in x speaks of every value
        for (String q : Assumptions.quantified(prose, statement)) {
          String name = read(q);
          if (name != null && NAME.matcher(name).matches() && !ctx.defines(name)
              && !ctx.domain().intervals().containsKey(name)) {
            ctx = ctx.withDomain(ctx.domain().with(name, -3, 3));
          }
        }
      }
      if (claims && latex) {
        try {
          LatexReader.read(raw.get(0), reading());
        } catch (RuntimeException e) {
          if (!LatexReader.ONLY_WORDS.equals(e.getMessage())) { // && \text{(independent terms)}
            notChecked(line, raw.get(0), "cannot read: " + e.getMessage());
          }
        }
      }
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
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
    Terms main = terms(raw, reading(), claims, line);
    Terms alt = main.ambiguities.isEmpty() ? null : terms(raw, reading().alternative(), false,
        line);
    List<String> terms = main.engine;
    int first = 0;
    FunctionHeads.Head fn = FunctionHeads.parse(raw.get(0));
    String head = terms.get(0);
    Relation rel0 = c.relations().get(0);
    boolean inlineClaim = false; // an inline relation that defines nothing: checked, never dropped
    if (!claims && latex && NamedPoints.several(this, line, raw, c.relations(), terms)) {
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (IntermediateNames.names(this, line, raw, c.relations(), terms)) {
      return new String[] {raw.get(raw.size() - 1), terms.get(0)};
    }
    if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null
        && isValueOfDefinedFunction(fn.name(), fn.parameterList(), terms.get(1))) {
      // J(w) = 0.5 of a defined J: a claim about its value (at the stated point), never a
      // redefinition of J as a constant
      head = inheritedHead;
      inlineClaim = true;
    } else if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null) {
      // f(x, y) = … with named arguments defines f. Of a defined f it is first a claim: where
      // it holds it is shown proved; where it differs it is f defined anew (CS231n's next
      // example f(x, y) = x + y after f(x, y) = x y), shown as such, never refuted
      String f = fn.name();
      if (alt != null && !Objects.equals(alt.engine.get(1), terms.get(1)) && main.ambiguities
          .stream().anyMatch(a -> a.contains("as a product or as"))) {
        // g(x) = x Φ(x) with Φ never defined: a product or an application; neither is g
        ctx = ctx.withoutFunction(f);
        unread.put(f, line);
        out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
            new StepVerdict.NotChecked("a function defined through notation with two readings ("
                + String.join("; ", main.ambiguities) + "); steps that use " + f
                + " are not checked"), ""));
        return new String[] {raw.get(raw.size() - 1), null};
      }
      unread.remove(f);
      StepVerdict same = !functions.contains(f) ? null : budget.run(by -> checker.check(ctx,
          terms.get(0), Relation.EQUAL, terms.get(1), by));
      if (same instanceof StepVerdict.Proved || same instanceof StepVerdict.Unknown) {
        out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), same, ""));
      } else {
        ctx = ctx.withoutFunction(f);
        FunctionHeads.family(this, fn, raw.get(0).strip(), line);
        steps.defineFunction(line, f, fn.parameterList(), raw.get(1), terms.get(1), same == null
            ? "function definition" : "function defined anew: it differs from the earlier "
            + f + ", and the steps after it use this one");
      }
      head = f;
      first = 1;
    } else if (claims && LatexStatistics.isMoment(head)) {
      head = inheritedHead; // E[x] = …, Var(y) = … in a display: a claim, never a definition
    } else if (rel0 == Relation.EQUAL && raw.size() == 2 && head != null
        && NAME.matcher(head).matches() && !ctx.defines(head) && !functions.contains(head)
        && terms.get(1) != null && NUMBER.matcher(terms.get(1)).matches()) {
      if (newScope) {
        ctx = ctx.withoutPoints();
        newScope = false;
        values.clear();
      }
      var value = engine.eval(terms.get(1));
      if (ctx.point().containsKey(head) && !ctx.point().get(head).equals(value)) {
        values.clear(); // values computed at the old point no longer hold
      }
      ctx = ctx.withPoint(head, value);
      if (!claims) {
        sentence.pointBound(head, Hypotheses.startsScope(prose));
      }
      out.add(new StepResult(line, raw.get(0), Relation.EQUAL, raw.get(1), null,
          "named point"));
      return new String[] {raw.get(1), null};
    } else if (definesName(rel0, head, terms.get(1)) && (alt == null || main.ambiguities
        .stream().noneMatch(a -> a.contains("as a product or as")) || Objects.equals(
        alt.engine.get(1), terms.get(1)))) { // y = f(g(x)): no definition from one reading
      steps.define(line, head, raw.get(0), raw.get(1), terms.get(1));
      indexed.define(raw.get(0), raw.get(1), true); // a_t = b_t + c_t a_{t−1}: every member
      first = 1;
    } else if (rel0 == Relation.EQUAL && head != null && ctx.defines(head)
        && terms.get(1) != null && raw.size() == 2) {
      steps.restate(line, head, raw.get(0), raw.get(1), terms.get(1), claims);
      // z_1 = 0.5 of a defined z_1 in prose: a value the text states, checked as a claim
      inlineClaim = NUMBER.matcher(terms.get(1).strip()).matches();
    } else if (rel0 == Relation.EQUAL && head != null && NAME.matcher(head).matches()
        && ctx.defines(head) && terms.get(1) == null && raw.size() == 2) {
      // "with the cross-entropy cost $C = …$": C now means something this reader cannot
      // read, so the steps that use C are not checked against its old meaning
      unread.put(head, line);
      values.clear();
      if (!claims) {
        out.add(new StepResult(line, raw.get(0), Relation.EQUAL, raw.get(1),
            new StepVerdict.NotChecked("a new definition of " + raw.get(0).strip()
                + " that cannot be read: " + main.failures.get(1)
                + "; later steps that use it are not checked"), ""));
        return new String[] {raw.get(1), null};
      }
    } else if (head != null && functions.contains(head) && !ctx.defines(head)) {
      // J = 0.5 of a function J(w): which value of J is meant is not written
      notChecked(line, statement.strip(), raw.get(0).strip() + " is a function the text "
          + "defines; write its value with the argument, " + raw.get(0).strip() + "(…)");
    } else if (rel0 == Relation.EQUAL && latex && raw.size() == 2 && head != null
        && !ctx.defines(head) && terms.get(1) == null && main.failures.get(1) != null
        && (main.failures.get(1).contains("with symbolic bounds") || main.failures.get(1)
        .startsWith("⊙") && !indexed.defines(raw.get(0)))
        && indexed.define(raw.get(0), raw.get(1))) { // ŷ_i = exp(o_i)/Σ_j exp(o_j): each i
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          "definition"));
      first = 1;
    } else if (rel0 == Relation.EQUAL && latex && head != null && NAME.matcher(head).matches()
        && !ctx.defines(head) && terms.get(1) == null && main.failures.get(1) != null
        && main.failures.get(1).contains("with symbolic bounds")
        && sized.define(head, raw.get(0), raw.get(1))) { // C = -\frac{1}{n} \sum_x […]: written out later
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          "definition"));
      first = 1;
    } else if (rel0 == Relation.EQUAL && latex && head != null && NAME.matcher(head).matches()
        && !ctx.defines(head) && terms.get(1) == null && raw.size() == 2
        && !unread.containsKey(head) && ElementWise.isMatrixAlgebra(main.failures.get(1))) {
      // a = b + W h, y = w^⊤x + b: a definition through vector algebra, listed, not read
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          ElementWise.UNREAD_DEFINITION));
      return new String[] {raw.get(1), null};
    } else if (rel0 == Relation.EQUAL && latex && head != null && sized.defines(head)
        && terms.get(1) == null) { // C defined anew (Nielsen's regularized cost), not read
      sized.forget(head);
      unread.put(head, line);
      out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
          new StepVerdict.NotChecked("a new definition of " + raw.get(0).strip() + " that "
          + "cannot be read: " + main.failures.get(1) + "; later steps that use it are not "
          + "checked"), ""));
      return new String[] {raw.get(raw.size() - 1), null};
    } else {
      head = inheritedHead;
      inlineClaim = true;
    }
    // inline math is prose: a single relation that is a hypothesis, a point or a definition is
    // read as such; any other relation, and a chain of two or more, is a claim and is checked
    if (inlineClaim && !claims && latex && c.relations().size() == 1
        && Hypotheses.introducesHypothesis(prose)) {
      // "Assuming $\epsilon = 0$": what the text supposes is not a claim; listed as assumed,
      // never checked or refuted
      out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, "assumption"));
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (inlineClaim && latex && c.relations().size() == 1 && !equivalentPart
        && (StatedConditions.introduces(prose)
            || StatedConditions.chosenSoThat(prose, paragraph.toString()))) {
      // "we set $n σ² = 1$", "a sufficient condition is: $$…$$": required or chosen, not claimed
      if (rel0 == Relation.EQUAL && terms.get(0) != null && terms.get(1) != null) {
        conditions.addInPlace(new StatedConditions.Condition(line, terms.get(0), terms.get(1),
            raw.get(0).strip() + " = " + raw.get(1).strip()));
        // what the text requires is as good a premise as what it claims (Nielsen's (71), (72)
        // after "would satisfy")
        premises.addInPlace(new PremiseLedger.Claim(line, terms.get(0), rel0, terms.get(1), ctx,
            new StepVerdict.NotChecked(StatedConditions.NOTE)));
      }
      out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null,
          StatedConditions.NOTE));
      return new String[] {raw.get(raw.size() - 1), null};
    }
    boolean check = claims || (contextOnly && latex && (c.relations().size() >= 2
        || inlineClaim));
    if (check && !claims) {
      sentence.valueStated();
    }
    int checkedFrom = out.size();
    for (int k = first; k < c.relations().size() && check; k++) {
      int at = ChainLines.linkLine(line, statement, raw, k);
      if (main.failures.get(k) != null || main.failures.get(k + 1) != null) {
        String failure = main.failures.get(k) != null ? main.failures.get(k)
            : main.failures.get(k + 1);
        StepVerdict sized = failure.contains("with symbolic bounds") || failure.startsWith("⊙")
            && indexed.usedBy(raw.get(k), raw.get(k + 1)) // s_t = γ s_{t−1} + (1 − γ) g_t⊙g_t
            ? SizedSteps.verdict(this, at, raw.get(k), c.relations().get(k), raw.get(k + 1))
            : null;
        out.add(new StepResult(at, raw.get(k), c.relations().get(k), raw.get(k + 1),
            sized != null ? constraints.guard(sized)
                : new StepVerdict.NotChecked("cannot read: " + failure), ""));
        continue;
      }
      StepVerdict sized = this.sized.isEmpty() || this.sized.usedBy(engine, ctx, terms.get(k),
          terms.get(k + 1)).isEmpty() ? null
          : SizedSteps.verdict(this, at, raw.get(k), c.relations().get(k), raw.get(k + 1));
      if (sized != null) {
        out.add(new StepResult(at, raw.get(k), c.relations().get(k), raw.get(k + 1),
            constraints.guard(sized), ""));
        continue;
      }
      String[] altPair = alt == null || alt.engine.get(k) == null
          || alt.engine.get(k + 1) == null ? null
          : new String[] {alt.engine.get(k), alt.engine.get(k + 1)};
      steps.step(at, terms.get(k), c.relations().get(k), terms.get(k + 1), raw.get(k),
          raw.get(k + 1), altPair, String.join("; ", main.ambiguities));
    }
    ElementWise.noteInPlace(out, checkedFrom, statement);
    values.chain(terms, raw, c.relations(), line);
    String last = terms.get(terms.size() - 1);
    if (head != null && last != null && NAME.matcher(last).matches() && ctx.defines(last)
        && !last.equals(head)) {
      ctx = ctx.withDefinition(new Definition(head, engine.eval(last)));
    }
    return new String[] {raw.get(raw.size() - 1), head};
  }

  /**
   * Whether {@code f(params) = rhs} of a function the text already defines states a value
   * (rhs free of the parameters, such as J(w) = 0.5 at a stated w) rather than a new formula.
   */
  private boolean isValueOfDefinedFunction(String f, String params, String rhs) {
    if (!functions.contains(f)) {
      return false;
    }
    try {
      var free = engine.freeSymbols(engine.eval(rhs));
      return java.util.Arrays.stream(params.split(",")).map(String::strip)
          .noneMatch(free::contains);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The terms of a chain in engine syntax (null where unreadable) and what was ambiguous. */
  record Terms(List<String> engine, List<String> failures, Set<String> ambiguities) {}

  Terms terms(List<String> raw, LatexReading reading, boolean claims, int line) {
    List<String> terms = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Set<String> ambiguous = new LinkedHashSet<>();
    for (String t : raw) {
      try {
        LatexReader r = latex ? LatexReader.read(t, reading) : null;
        terms.add(latex ? r.engineSyntax() : t);
        failures.add(null);
        if (latex) {
          shownNames.addInPlace(r.shownNames());
          ambiguous.addAll(r.ambiguities());
        }
        if (claims && latex) {
          for (String[] side : r.sideClaims()) {
            steps.step(line, side[0], Relation.EQUAL, side[1], side[0], side[1], null, "");
          }
        }
      } catch (RuntimeException e) {
        terms.add(null);
        failures.add(e.getMessage());
      }
    }
    return new Terms(terms, failures, ambiguous);
  }

  /**
   * {@code name = rhs} with a new name defines it; so does {@code name ≈ rhs} when rhs is a
   * formula (the author rounded its value), not a number.
   */
  private boolean definesName(Relation rel, String head, String rhs) {
    if (head == null || rhs == null || !NAME.matcher(head).matches() || ctx.defines(head)
        || functions.contains(head) || ctx.point().containsKey(head)
        || sized.defines(head)) { // L = −log 0.6652 of L = −Σ_k y_k log p_k: a claim about L
      return false;
    }
    if (equivalentPart && conditions.mostRecentFirst().stream().anyMatch(c -> ConditionSteps
        .names(c.lhs() + " " + c.rhs()).contains(head))) {
      return false; // "½(n_in + n_out)σ² = 1 or equivalently σ = …": a claim about σ
    }
    if (rel == Relation.APPROX && head.startsWith(FirstOrderChanges.DELTA)) {
      return false; // Δa ≈ σ′(z)·x·Δw: a change to first order, a claim (FirstOrderChanges)
    }
    return rel == Relation.EQUAL || (rel == Relation.APPROX && !NUMBER.matcher(rhs.strip())
        .matches() && !engine.freeSymbols(engine.eval(rhs)).isEmpty());
  }
}
