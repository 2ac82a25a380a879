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
  /** Names a chain made equal to a function call ({@code y = f(x) = …}), with the call. */
  final Map<String, String> aliases = new HashMap<>();
  /** Functions whose letter now also names a family member (f after f_c(x) = …), with why. */
  final Map<String, String> families = new HashMap<>();
  final StepBudget budget;
  CheckContext ctx = CheckContext.empty();
  private boolean newScope;
  String prose = "";
  /** The last term of the previous display, which a display opening with = continues. */
  String lastTail;
  /** Names given a new definition the reader could not read, with its line. */
  final Map<String, Integer> unread = new HashMap<>();
  final IndependenceStatements independence = new IndependenceStatements();
  /** Values the text computed for its quantities so far. */
  final StatedValues values = new StatedValues();
  final DocumentSteps steps = new DocumentSteps(this);

  DocumentRun(SymbolicEngine engine, StepChecker checker, Duration stepBudget, boolean latex) {
    this.engine = engine;
    this.checker = checker;
    this.budget = new StepBudget(engine, stepBudget);
    this.latex = latex;
  }

  List<StepResult> results() {
    return out;
  }

  @Override
  public void close() {
    budget.close();
  }

  void notChecked(int line, String text, String reason) {
    out.add(new StepResult(line, text, Relation.EQUAL, "", new StepVerdict.NotChecked(
        reason), ""));
  }

  void scope(String proseBefore, boolean display) {
    prose = proseBefore;
    independence.prose(proseBefore);
    if (Hypotheses.hasHeading(proseBefore)) {
      ctx = ctx.withoutPoints();
      values.clear();
      lastTail = null;
    }
    newScope = !display && Hypotheses.startsScope(proseBefore);
  }

  void textLine(int line, String text) {
    if (text.isEmpty()) {
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
    return LatexReading.of(functions, vars).withIndependence(independence.names());
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
      if (claims && latex) {
        try {
          LatexReader.read(raw.get(0), reading());
        } catch (RuntimeException e) {
          notChecked(line, raw.get(0), "cannot read: " + e.getMessage());
        }
      }
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
    }
    if (Hypotheses.allInequalities(c.relations()) && latex
        && (!claims || Hypotheses.introducesHypothesis(prose))) {
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
    if (!claims && latex && NamedPoints.several(this, line, raw, c.relations(), terms)) {
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (IntermediateNames.names(this, line, raw, c.relations(), terms)) {
      return new String[] {raw.get(raw.size() - 1), terms.get(0)};
    }
    if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null) {
      // f(x, y) = … with named arguments defines f, also anew (CS231n's next example
      // f(x, y) = x + y after f(x, y) = x y): never a claim against the earlier f
      ctx = ctx.withoutFunction(fn.name());
      FunctionHeads.family(this, fn, raw.get(0).strip(), line);
      steps.defineFunction(line, fn.name(), fn.parameterList(), raw.get(1), terms.get(1));
      head = fn.name();
      first = 1;
    } else if (claims && LatexStatistics.isMoment(head)) {
      head = inheritedHead; // E[x] = …, Var(y) = … in a display: a claim, never a definition
    } else if (rel0 == Relation.EQUAL && raw.size() == 2 && head != null
        && NAME.matcher(head).matches() && !ctx.defines(head) && terms.get(1) != null
        && NUMBER.matcher(terms.get(1)).matches()) {
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
      out.add(new StepResult(line, raw.get(0), Relation.EQUAL, raw.get(1), null,
          "named point"));
      return new String[] {raw.get(1), null};
    } else if (definesName(rel0, head, terms.get(1)) && (alt == null || main.ambiguities
        .stream().noneMatch(a -> a.contains("as a product or as")) || Objects.equals(
        alt.engine.get(1), terms.get(1)))) { // y = f(g(x)): no definition from one reading
      steps.define(line, head, raw.get(0), raw.get(1), terms.get(1));
      first = 1;
    } else if (rel0 == Relation.EQUAL && head != null && ctx.defines(head)
        && terms.get(1) != null && raw.size() == 2) {
      steps.restate(line, head, raw.get(0), raw.get(1), terms.get(1), claims);
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
    } else {
      head = inheritedHead;
    }
    // inline math is prose: a single relation is a hypothesis or a definition, but a chain of
    // two or more relations is a computation, and is checked
    boolean check = claims || (contextOnly && latex && c.relations().size() >= 2);
    for (int k = first; k < c.relations().size() && check; k++) {
      if (main.failures.get(k) != null || main.failures.get(k + 1) != null) {
        String failure = main.failures.get(k) != null ? main.failures.get(k)
            : main.failures.get(k + 1);
        StepVerdict sized = failure.contains("with symbolic bounds")
            ? SizedSteps.verdict(this, line, raw.get(k), c.relations().get(k), raw.get(k + 1))
            : null;
        out.add(new StepResult(line, raw.get(k), c.relations().get(k), raw.get(k + 1),
            sized != null ? sized : new StepVerdict.NotChecked("cannot read: " + failure), ""));
        continue;
      }
      String[] altPair = alt == null || alt.engine.get(k) == null
          || alt.engine.get(k + 1) == null ? null
          : new String[] {alt.engine.get(k), alt.engine.get(k + 1)};
      steps.step(line, terms.get(k), c.relations().get(k), terms.get(k + 1), raw.get(k),
          raw.get(k + 1), altPair, String.join("; ", main.ambiguities));
    }
    values.chain(terms, raw, c.relations(), line);
    String last = terms.get(terms.size() - 1);
    if (head != null && last != null && NAME.matcher(last).matches() && ctx.defines(last)
        && !last.equals(head)) {
      ctx = ctx.withDefinition(new Definition(head, engine.eval(last)));
    }
    return new String[] {raw.get(raw.size() - 1), head};
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
        || ctx.point().containsKey(head)) {
      return false;
    }
    return rel == Relation.EQUAL || (rel == Relation.APPROX && !NUMBER.matcher(rhs.strip())
        .matches() && !engine.freeSymbols(engine.eval(rhs)).isEmpty());
  }
}
