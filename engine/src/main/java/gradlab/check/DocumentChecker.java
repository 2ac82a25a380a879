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
 * Checks every step of a document: Markdown with LaTeX ({@link #checkMarkdown}) or the engine
 * syntax format ({@link #checkText}). Display math is checked; inline math is prose, read for
 * definitions (x = a²), restatements (f = u + x of a defined f), functions (a(t) = …), named
 * points (a = 2, scoped until the next "at"/"for" or heading) and hypotheses ($0 < y < 1$),
 * which are assumed, not checked. Each step has a time budget (default 2 s).
 */
public final class DocumentChecker {
  /** The default time budget of one step. */
  public static final Duration DEFAULT_STEP_BUDGET = Duration.ofSeconds(2);
  private static final Pattern FUNCTION_HEAD = Pattern.compile(
      "\\s*([A-Za-z])\\s*\\(\\s*([A-Za-z](?:\\s*,\\s*[A-Za-z])*)\\s*\\)\\s*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+)?");
  private static final Pattern APPLIED = Pattern.compile("(\\w+)\\((\\w+)\\)");
  private static final Pattern SIGMA_QUANTITY = Pattern.compile(
      "\\s*\\\\sigma(\\^\\{?2\\}?)?\\s*(=|\\\\approx).*", Pattern.DOTALL);

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

  public CheckReport checkMarkdown(String source, String text) {
    try (Run run = new Run(true)) {
      for (MarkdownMath.Segment seg : MarkdownMath.segments(text)) {
        if (seg.error() != null) {
          run.notChecked(seg.line(), seg.latex(), "cannot read: " + seg.error());
          continue;
        }
        run.scope(seg.prose(), seg.display());
        run.block(seg.line(), seg.latex(), seg.display(), seg.prose());
      }
      return new CheckReport(source, run.out);
    }
  }

  /**
   * The engine syntax format, one statement a line: {@code let x = a^2},
   * {@code let f(t) = 1/(1+Exp(-t))}, {@code at a = 2, b = 1}, {@code assume 4 < W < 40}, and
   * chains such as {@code tanh(x) = 2*sigma(2*x) - 1}. {@code #} starts a comment.
   */
  public CheckReport checkText(String source, String text) {
    try (Run run = new Run(false)) {
      String[] lines = text.split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        run.textLine(n + 1, lines[n].replaceAll("#.*", "").strip());
      }
      return new CheckReport(source, run.out);
    }
  }

  /** The state of one document: context so far and the results. */
  private final class Run implements AutoCloseable {
    private final boolean latex;
    private final List<StepResult> out = new ArrayList<>();
    private final Set<String> functions = new HashSet<>();
    private final Set<String> unaryFunctions = new HashSet<>();
    /** Functions of two or more arguments the text defines, with their parameter names. */
    private final Map<String, List<String>> functionParameters = new HashMap<>();
    private final Set<String> quantities = new HashSet<>();
    private final StepBudget budget = new StepBudget(engine, stepBudget);
    private CheckContext ctx = CheckContext.empty();
    private boolean newScope;
    private String prose = "";
    private String lastTail;
    /** Names given a new definition the reader could not read, with its line. */
    private final Map<String, Integer> unread = new HashMap<>();
    private final IndependenceStatements independence = new IndependenceStatements();

    Run(boolean latex) {
      this.latex = latex;
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
        lastTail = null;
      }
      newScope = !display && Hypotheses.startsScope(proseBefore);
    }

    void textLine(int line, String s) {
      if (s.isEmpty()) {
        return;
      }
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
    private void assume(int line, ChainSplitter.Chain c, String raw) {
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

    private LatexReading reading() {
      Set<String> vars = new HashSet<>(quantities);
      ctx.definitions().forEach(d -> vars.add(d.name()));
      vars.addAll(ctx.point().keySet());
      // σ_1 with a stated range is a quantity of its own (then σ_1^2 is its square)
      ctx.domain().intervals().keySet().stream().filter(n -> n.startsWith("sigmav"))
          .forEach(vars::add);
      return LatexReading.of(functions, vars).withIndependence(independence.names());
    }

    void block(int firstLine, String body, boolean display, String proseBefore) {
      if (!display) {
        independence.inlineMath(body);
      }
      if (body.contains("\\begin{cases}")) {
        if (display) {
          notChecked(firstLine, body.strip().lines().findFirst().orElse(""),
              "definitions by cases");
        }
        return;
      }
      String b = body.replaceAll("\\\\(begin|end)\\{[a-z*]+\\}(\\{[^}]*\\})?", "")
          .replaceAll("\\\\quad\\s*\\(\\\\text\\{[^}]*\\}\\)", "")
          .replaceAll("\\(\\d+\\)\\s*\\\\quad", "").replaceAll("\\\\tag\\{[^}]*\\}", "")
          .replaceAll("\\\\label\\{[^}]*\\}", "").replaceAll("\\\\nonumber|\\\\notag", "");
      String[] lines = b.split("\\\\\\\\");
      List<String> continuation = new ArrayList<>();
      List<String> heads = new ArrayList<>();
      boolean first = true;
      for (String raw : lines) {
        List<String> cols = TopLevel.split(raw, '&');
        List<String> pairs = new ArrayList<>();
        if (cols.size() == 3 && ChainSplitter.split(cols.get(1).strip() + " x").terms().size()
            == 2 && cols.get(1).strip().length() <= 10) {
          // eqnarray's "a & = & b": the middle column is the relation itself
          pairs.add(cols.get(0) + " " + cols.get(1) + " " + cols.get(2));
        } else if (cols.size() == 1) {
          pairs.add(cols.get(0));
        } else {
          for (int k = 0; k < cols.size(); k += 2) {
            pairs.add(cols.get(k) + (k + 1 < cols.size() ? cols.get(k + 1) : ""));
          }
        }
        for (int k = 0; k < pairs.size(); k++) {
          List<String> statements = statements(pairs.get(k));
          for (int j = 0; j < statements.size(); j++) {
            boolean conditional = statements.get(j).startsWith(CONDITIONAL);
            String st = statements.get(j).replace(CONDITIONAL, "").strip()
                .replaceAll("^\\\\cdot\\s*", "").replaceAll("[.,;]\\s*$", "").strip();
            if (st.isEmpty() || st.matches("\\(\\d+[a-z]?\\)")) { // nothing, or a number (15)
              continue;
            }
            // the statement's own line: a row separated by \hspace or an arrow spans lines
            String own = statements.get(j).replace(CONDITIONAL, "").strip();
            String row = raw.strip();
            int at = own.isEmpty() ? -1 : row.indexOf(own);
            int line = firstLine + lineBreaks(body, raw)
                + (at < 0 ? 0 : (int) row.substring(0, at).chars().filter(c -> c == '\n').count());
            if (conditional) {
              notChecked(line, st, "part of an implication (⟹): the checker does not take "
                  + "its premise as a hypothesis");
              continue;
            }
            String condition = Hypotheses.condition(st);
            if (condition != null) {
              assume(line, ChainSplitter.split(condition), condition);
              continue;
            }
            String inheritedHead = null;
            if (j == 0 && startsWithRelation(st)) {
              if (k < continuation.size()) {
                st = continuation.get(k) + " " + st;
                inheritedHead = heads.get(k);
              } else if (first && display && lastTail != null) {
                st = lastTail + " " + st; // a display that continues the previous one
              }
            }
            first = false;
            String[] last = chain(line, st, display, !display, inheritedHead);
            if (j == 0) {
              while (continuation.size() <= k) {
                continuation.add("");
                heads.add(null);
              }
              continuation.set(k, last[0]);
              heads.set(k, last[1]);
              if (display) {
                lastTail = last[0];
              }
            }
          }
        }
      }
    }

    /**
     * The statements of one row: separated at top level by spacing ({@code \\quad},
     * {@code \\qquad}, {@code \\hspace{…}}) or by an implication arrow ({@code \\rightarrow},
     * {@code \\Rightarrow}, {@code \\implies}, …), as in CS231n's
     * {@code f = x y \\hspace{0.5in} \\rightarrow \\hspace{0.5in} ∂f/∂x = y}. An arrow inside
     * braces ({@code \\lim_{x \\to 0}}) stays.
     */
    static List<String> statements(String row) {
      Matcher m = SEPARATOR.matcher(row);
      List<String> out = new ArrayList<>();
      int depth = 0;
      int start = 0;
      int scanned = 0;
      boolean conditional = false;
      while (m.find()) {
        for (; scanned < m.start(); scanned++) {
          char ch = row.charAt(scanned);
          depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']'
              ? -1 : 0;
        }
        if (depth == 0) {
          String part = row.substring(start, m.start());
          boolean arrow = !m.group().startsWith("\\q") && !m.group().startsWith("\\h");
          if (arrow && !part.isBlank() && !DEFINING.matcher(part).lookingAt()) {
            conditional = true; // A ⟹ B asserts B given A: neither is a claim on its own here
          }
          out.add(conditional ? CONDITIONAL + part : part);
          start = m.end();
        }
      }
      String last = row.substring(start);
      out.add(conditional ? CONDITIONAL + last : last);
      return out;
    }

    /** Marks a statement that is a premise or a conclusion of an implication. */
    static final String CONDITIONAL = "\u0000";
    /** f(x, y) = …: a premise that defines, so what follows the arrow is read as usual. */
    private static final Pattern DEFINING = Pattern.compile(
        "\\s*[A-Za-z]\\s*\\(\\s*[A-Za-z](?:\\s*,\\s*[A-Za-z])*\\s*\\)\\s*=");

    private static final Pattern SEPARATOR = Pattern.compile("\\\\hspace\\*?\\{[^}]*\\}|"
        + "\\\\qquad|\\\\quad|\\\\(?:long)?(?:right|Right)arrow(?![a-zA-Z])|"
        + "\\\\Longrightarrow|\\\\implies|\\\\Rightarrow");

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
      Matcher fn = FUNCTION_HEAD.matcher(raw.get(0));
      String head = terms.get(0);
      Relation rel0 = c.relations().get(0);
      if (rel0 == Relation.EQUAL && fn.matches() && terms.get(1) != null) {
        // f(x, y) = … with named arguments defines f, also anew (CS231n's next example
        // f(x, y) = x + y after f(x, y) = x y): never a claim against the earlier f
        ctx = ctx.withoutFunction(fn.group(1));
        defineFunction(line, fn.group(1), fn.group(2), raw.get(1), terms.get(1));
        head = fn.group(1);
        first = 1;
      } else if (claims && LatexStatistics.isMoment(head)) {
        head = inheritedHead; // E[x] = …, Var(y) = … in a display: a claim, never a definition
      } else if (rel0 == Relation.EQUAL && raw.size() == 2 && head != null
          && NAME.matcher(head).matches() && !ctx.defines(head) && terms.get(1) != null
          && NUMBER.matcher(terms.get(1)).matches()) {
        if (newScope) {
          ctx = ctx.withoutPoints();
          newScope = false;
        }
        ctx = ctx.withPoint(head, engine.eval(terms.get(1)));
        out.add(new StepResult(line, raw.get(0), Relation.EQUAL, raw.get(1), null,
            "named point"));
        return new String[] {raw.get(1), null};
      } else if (definesName(rel0, head, terms.get(1)) && (alt == null || main.ambiguities
          .stream().noneMatch(a -> a.contains("as a product or as")) || Objects.equals(
          alt.engine.get(1), terms.get(1)))) { // y = f(g(x)): no definition from one reading
        define(line, head, raw.get(0), raw.get(1), terms.get(1));
        first = 1;
      } else if (rel0 == Relation.EQUAL && head != null && ctx.defines(head)
          && terms.get(1) != null && raw.size() == 2) {
        restate(line, head, raw.get(0), raw.get(1), terms.get(1), claims);
      } else if (rel0 == Relation.EQUAL && head != null && NAME.matcher(head).matches()
          && ctx.defines(head) && terms.get(1) == null && raw.size() == 2) {
        // "with the cross-entropy cost $C = …$": C now means something this reader cannot
        // read, so the steps that use C are not checked against its old meaning
        unread.put(head, line);
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
              ? symbolicSizes(line, raw.get(k), c.relations().get(k), raw.get(k + 1)) : null;
          out.add(new StepResult(line, raw.get(k), c.relations().get(k), raw.get(k + 1),
              sized != null ? sized : new StepVerdict.NotChecked("cannot read: " + failure),
              ""));
          continue;
        }
        String[] altPair = alt == null || alt.engine.get(k) == null
            || alt.engine.get(k + 1) == null ? null
            : new String[] {alt.engine.get(k), alt.engine.get(k + 1)};
        step(line, terms.get(k), c.relations().get(k), terms.get(k + 1), raw.get(k),
            raw.get(k + 1), altPair, String.join("; ", main.ambiguities));
      }
      String last = terms.get(terms.size() - 1);
      if (head != null && last != null && NAME.matcher(last).matches() && ctx.defines(last)
          && !last.equals(head)) {
        ctx = ctx.withDefinition(new Definition(head, engine.eval(last)));
      }
      return new String[] {raw.get(raw.size() - 1), head};
    }

    /** The terms of a chain in engine syntax (null where unreadable) and what was ambiguous. */
    private record Terms(List<String> engine, List<String> failures, Set<String> ambiguities) {}

    private Terms terms(List<String> raw, LatexReading reading, boolean claims, int line) {
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
              step(line, side[0], Relation.EQUAL, side[1], side[0], side[1], null, "");
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

    /** f = u + x of an f already defined: kept as another way to write f, if it is equal. */
    /**
     * Inline {@code name = rhs} of a defined name in prose: a restatement (f = u + x once
     * u = x y is named) when it holds, else a new definition ("with the cross-entropy cost
     * C = …"), which replaces the old one for the steps after it and is shown as such. Prose is
     * never refuted; keeping the old meaning would refute the true steps that follow.
     */
    private void restate(int line, String head, String rawHead, String rawRhs, String rhs,
        boolean claim) {
      try {
        var expr = checker.expandFunctions(ctx, engine.eval(rhs));
        if (!expr.isFreeOf(head) || NUMBER.matcher(rhs.strip()).matches()) {
          return;
        }
        StepVerdict v = budget.run(by -> checker.check(ctx, head, Relation.EQUAL, rhs, by));
        if (v instanceof StepVerdict.Refuted && !claim) {
          ctx = ctx.withDefinition(new Definition(head, expr));
          unread.remove(head);
          out.add(new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs, null,
              "new definition"));
        } else if (!(v instanceof StepVerdict.Refuted)) {
          ctx = ctx.withRestatement(new Definition(head, expr));
        }
      } catch (RuntimeException e) {
        if (!claim) {
          unread.put(head, line); // a new meaning the engine does not read
        }
      }
    }

    /** The name of an unread redefinition that {@code side} uses, or null. */
    private String usesUnread(String side) {
      for (String name : unread.keySet()) {
        if (Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])")
            .matcher(side).find()) {
          return name;
        }
      }
      return null;
    }

    private void step(int line, String lhs, Relation rel, String rhs, String rawL, String rawR,
        String[] alternative, String ambiguity) {
      Matcher a = APPLIED.matcher(lhs.replace(" ", ""));
      Matcher b = APPLIED.matcher(rhs.replace(" ", ""));
      if (a.matches() && rhs.replace(" ", "").startsWith(a.group(1) + "(")
          && NAME.matcher(a.group(2)).matches() && !ctx.defines(a.group(2))
          && !ctx.point().containsKey(a.group(2)) && !b.matches()) {
        // a(h_in) = a(x w + b): the argument is being named, h_in = x w + b
        String inner = rhs.strip().substring(rhs.strip().indexOf('(') + 1,
            rhs.strip().length() - 1);
        define(line, a.group(2), a.group(2), inner, inner);
        return;
      }
      String stale = usesUnread(lhs + " " + rhs);
      if (stale != null) {
        out.add(new StepResult(line, readable(rawL), rel, readable(rawR),
            new StepVerdict.NotChecked(stale + " was given a new definition on line "
                + unread.get(stale) + " that cannot be read"), ""));
        return;
      }
      out.add(new StepResult(line, readable(rawL), rel, readable(rawR),
          verdict(lhs, rel, rhs, alternative, ambiguity), ""));
    }

    /** The verdict on {@code lhs rel rhs} (engine syntax), under both readings if two. */
    private StepVerdict verdict(String lhs, Relation rel, String rhs, String[] alternative,
        String ambiguity) {
      CheckContext at = ctx;
      String l = userDerivatives(lhs);
      String r = userDerivatives(rhs);
      StepVerdict v = ClaimForms.check(l, rel, r, (x, y) -> budget.run(by -> checker.check(at,
          x, rel, y, by)));
      if (alternative != null && !(alternative[0].equals(lhs) && alternative[1].equals(rhs))) {
        String al = userDerivatives(alternative[0]);
        String ar = userDerivatives(alternative[1]);
        StepVerdict w = ClaimForms.check(al, rel, ar, (x, y) -> budget.run(by -> checker.check(
            at, x, rel, y, by)));
        v = Readings.combine(v, w, ambiguity);
      }
      return v;
    }

    /**
     * A step with Σ/Π of symbolic bounds, checked written out for sizes 1…5
     * ({@link SymbolicSums}); null where its sums are not of a form read there, or where the
     * text defines the size as a quantity.
     */
    private StepVerdict symbolicSizes(int line, String rawL, Relation rel, String rawR) {
      Set<String> letters = new LinkedHashSet<>(SymbolicSums.sizeLetters(rawL));
      letters.addAll(SymbolicSums.sizeLetters(rawR));
      Integer fixed = null;
      for (String letter : letters) {
        String name = LatexReader.read(letter, reading()).engineSyntax();
        if (ctx.defines(name)) {
          return null;
        }
        if (ctx.point().containsKey(name)) {
          String value = String.valueOf(ctx.point().get(name)).strip();
          if (!value.matches("\\d+") || fixed != null) {
            return null;
          }
          fixed = Integer.valueOf(value);
        }
      }
      List<SymbolicSums.Instance> instances = SymbolicSums.instances(rawL, rawR, fixed,
          new LinkedHashSet<>());
      if (instances.isEmpty()) {
        return null;
      }
      List<StepVerdict> verdicts = new ArrayList<>();
      LatexReading sized = SymbolicSums.withFamilies(reading(), rawL, rawR);
      for (SymbolicSums.Instance i : instances) {
        List<String> sides = List.of(i.lhs(), i.rhs());
        Terms t = terms(sides, sized, false, line);
        if (t.engine.contains(null)) {
          verdicts.add(new StepVerdict.NotChecked("cannot read: " + t.failures.stream()
              .filter(Objects::nonNull).findFirst().orElse("")));
          continue;
        }
        Terms alt = t.ambiguities.isEmpty() ? null : terms(sides, sized.alternative(), false,
            line);
        String[] altPair = alt == null || alt.engine.contains(null) ? null
            : new String[] {alt.engine.get(0), alt.engine.get(1)};
        verdicts.add(verdict(t.engine.get(0), rel, t.engine.get(1), altPair,
            String.join("; ", t.ambiguities)));
      }
      if (fixed != null) { // the text's own size: that instance is the step
        return SymbolicSums.atStatedSize(verdicts.get(0), String.join(" = ", letters), fixed);
      }
      return SymbolicSums.combine(instances, verdicts, String.join(" = ", letters));
    }

    /** ∂f/∂x of a function f(x) defined in the text is d/dx f(x). */
    private String userDerivatives(String side) {
      String s = side;
      for (String f : unaryFunctions) {
        if (ctx.defines(f)) {
          continue;
        }
        s = s.replaceAll("pd\\(" + f + ", ([A-Za-z][A-Za-z0-9]*)\\)", "dd(" + f + "($1), $1)");
      }
      // ∂f/∂x of f(x, y) defined in the text: d/dx of f(x, y), its other arguments held
      for (Map.Entry<String, List<String>> f : functionParameters.entrySet()) {
        if (ctx.defines(f.getKey())) {
          continue;
        }
        String call = f.getKey() + "(" + String.join(", ", f.getValue()) + ")";
        for (String v : f.getValue()) {
          s = s.replace("pd(" + f.getKey() + ", " + v + ")", "dd(" + call + ", " + v + ")");
        }
      }
      return s;
    }

    private void define(int line, String name, String shown, String rawRhs, String rhs) {
      try {
        // functions defined in the text are expanded, so that ∂h/∂h_in of h = a(h_in) is a′
        ctx = ctx.withDefinition(new Definition(name, checker.expandFunctions(ctx,
            engine.eval(rhs))));
        out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs, null,
            "definition"));
      } catch (RuntimeException e) {
        out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs,
            new StepVerdict.NotChecked(
            "definition not understood: " + e.getMessage()), ""));
      }
    }

    private void defineFunction(int line, String name, String params, String rawBody,
        String body) {
      StringBuilder lhs = new StringBuilder(name).append("(");
      String[] ps = params.split("\\s*,\\s*");
      for (int k = 0; k < ps.length; k++) {
        lhs.append(k == 0 ? "" : ",").append(ps[k].strip()).append("_");
      }
      ctx = ctx.withFunctionRule(lhs + ") :> (" + body + ")");
      functionParameters.remove(name);
      unaryFunctions.remove(name);
      if (ps.length > 1) {
        functionParameters.put(name, java.util.Arrays.stream(ps).map(String::strip).toList());
      }
      if (ps.length == 1) {
        unaryFunctions.add(name);
        try { // f′(x) of a function the text defines
          String p = ps[0].strip();
          String d = engine.diff(checker.expandFunctions(ctx, engine.eval(body)), p).input();
          ctx = ctx.withFunctionRule("Derivative(1)[" + name + "][" + p + "_] :> (" + d + ")");
        } catch (RuntimeException e) {
          // no derivative rule: f′ stays unread
        }
      }
      functions.add(name);
      out.add(new StepResult(line, name + "(" + params + ")", Relation.EQUAL, rawBody, null,
          "function definition"));
    }
  }

  /** pd(A, B) from an underbrace claim, written back as ∂A/∂B for the report. */
  private static String readable(String s) {
    return s.replaceAll("pd\\((\\w+), (\\w+)\\)", "∂$1/∂$2");
  }

  private static boolean startsWithRelation(String s) {
    // \left is not \le: a display that opens with \left\| is not a continuation
    return s.startsWith("=") || s.startsWith("\\approx")
        || s.matches("(?s)\\\\(le|ge)(q)?(?![A-Za-z]).*") || s.startsWith("<") || s.startsWith(">");
  }

  private static int lineBreaks(String body, String piece) {
    int at = body.indexOf(piece.strip());
    return at < 0 ? 0 : (int) body.substring(0, at).chars().filter(ch -> ch == '\n').count();
  }
}
