package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every step of a document: Markdown with LaTeX ({@link #checkMarkdown}) or the engine
 * syntax format ({@link #checkText}). Display math is checked; inline math is prose, read for
 * definitions (x = a²), functions (a(t) = …) and named points (a = 2) only. A statement
 * {@code name = …} whose name is new defines it; {@code f(t) = …} defines a function.
 */
public final class DocumentChecker {
  private static final Pattern FUNCTION_HEAD = Pattern.compile(
      "\\s*([A-Za-z])\\s*\\(\\s*([A-Za-z](?:\\s*,\\s*[A-Za-z])*)\\s*\\)\\s*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+)?");
  private static final Pattern APPLIED = Pattern.compile("(\\w+)\\((\\w+)\\)");

  private final SymbolicEngine engine;
  private final StepChecker checker;

  public DocumentChecker(SymbolicEngine engine) {
    this.engine = engine;
    this.checker = new StepChecker(engine);
  }

  public CheckReport checkMarkdown(String source, String text) {
    Run run = new Run(true);
    for (MarkdownMath.Segment seg : MarkdownMath.segments(text)) {
      run.block(seg.line(), seg.latex(), seg.display());
    }
    return new CheckReport(source, run.out);
  }

  /**
   * The engine syntax format, one statement a line: {@code let x = a^2},
   * {@code let f(t) = 1/(1+Exp(-t))}, {@code at a = 2, b = 1}, {@code assume 4 < W < 40}, and
   * chains such as {@code tanh(x) = 2*sigma(2*x) - 1}. {@code #} starts a comment.
   */
  public CheckReport checkText(String source, String text) {
    Run run = new Run(false);
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      run.textLine(n + 1, lines[n].replaceAll("#.*", "").strip());
    }
    return new CheckReport(source, run.out);
  }

  /** The state of one document: context so far and the results. */
  private final class Run {
    private final boolean latex;
    private final List<StepResult> out = new ArrayList<>();
    private final Set<String> functions = new HashSet<>();
    private CheckContext ctx = CheckContext.empty();

    Run(boolean latex) {
      this.latex = latex;
    }

    void textLine(int line, String s) {
      if (s.isEmpty()) {
        return;
      }
      if (s.startsWith("let ")) {
        chain(line, s.substring(4), false, true);
      } else if (s.startsWith("at ")) {
        for (String part : s.substring(3).split(",")) {
          chain(line, part, false, true);
        }
      } else if (s.startsWith("assume ")) {
        assume(line, s.substring(7));
      } else {
        chain(line, s, true, false);
      }
    }

    private void assume(int line, String s) {
      ChainSplitter.Chain c = ChainSplitter.split(s);
      if (c.terms().size() == 3 && NAME.matcher(c.terms().get(1)).matches()) {
        double lo = engine.numeric(engine.eval(c.terms().get(0)), java.util.Map.of());
        double hi = engine.numeric(engine.eval(c.terms().get(2)), java.util.Map.of());
        ctx = ctx.withDomain(ctx.domain().with(c.terms().get(1), lo, hi));
        out.add(new StepResult(line, c.terms().get(0), Relation.LESS, c.terms().get(1) + " < "
            + c.terms().get(2), null, "assumption"));
      } else {
        out.add(new StepResult(line, s, Relation.EQUAL, "", new StepVerdict.NotChecked(
            "assumptions are written 'assume low < name < high'"), ""));
      }
    }

    void block(int firstLine, String body, boolean display) {
      if (body.contains("\\begin{cases}")) {
        if (display) {
          out.add(new StepResult(firstLine, body.strip().lines().findFirst().orElse(""),
              Relation.EQUAL, "…", new StepVerdict.NotChecked("definitions by cases are not "
                  + "supported"), ""));
        }
        return;
      }
      String b = body.replaceAll("\\\\(begin|end)\\{[a-z*]+\\}", "")
          .replaceAll("\\\\quad\\s*\\(\\\\text\\{[^}]*\\}\\)", "")
          .replaceAll("\\(\\d+\\)\\s*\\\\quad", "").replaceAll("\\\\tag\\{[^}]*\\}", "");
      String[] lines = b.split("\\\\\\\\");
      int line = firstLine;
      List<String> continuation = new ArrayList<>();
      List<String> heads = new ArrayList<>();
      for (String raw : lines) {
        List<String> cols = TopLevel.split(raw, '&');
        List<String> pairs = new ArrayList<>();
        if (cols.size() == 1) {
          pairs.add(cols.get(0));
        } else {
          for (int k = 0; k < cols.size(); k += 2) {
            pairs.add(cols.get(k) + (k + 1 < cols.size() ? cols.get(k + 1) : ""));
          }
        }
        for (int k = 0; k < pairs.size(); k++) {
          List<String> statements = splitQuad(pairs.get(k));
          for (int j = 0; j < statements.size(); j++) {
            String st = statements.get(j).strip().replaceAll("^\\\\cdot\\s*", "")
                .replaceAll("[.,;]\\s*$", "").strip();
            if (st.isEmpty()) {
              continue;
            }
            String inheritedHead = null;
            if (j == 0 && startsWithRelation(st) && k < continuation.size()) {
              st = continuation.get(k) + " " + st;
              inheritedHead = heads.get(k);
            }
            String[] last = chain(line + lineBreaks(body, raw), st, display, !display,
                inheritedHead);
            if (j == 0) {
              while (continuation.size() <= k) {
                continuation.add("");
                heads.add(null);
              }
              continuation.set(k, last[0]);
              heads.set(k, last[1]);
            }
          }
        }
      }
    }

    String chain(int line, String statement, boolean claims, boolean contextOnly) {
      return chain(line, statement, claims, contextOnly, null)[0];
    }

    /**
     * Reads one chain; returns its last term and the name it defines, if any (continuation
     * lines of an aligned block inherit it: z = … = u finally defines z as u).
     */
    String[] chain(int line, String statement, boolean claims, boolean contextOnly,
        String inheritedHead) {
      ChainSplitter.Chain c = ChainSplitter.split(statement);
      List<String> raw = c.terms();
      if (raw.size() < 2) {
        return new String[] {raw.get(raw.size() - 1), inheritedHead};
      }
      List<String> terms = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      for (String t : raw) {
        try {
          LatexReader r = latex ? LatexReader.read(t, functions) : null;
          terms.add(latex ? r.engineSyntax() : t);
          failures.add(null);
          if (claims && latex) {
            for (String[] side : r.sideClaims()) {
              step(line, side[0], Relation.EQUAL, side[1], side[0], side[1]);
            }
          }
        } catch (RuntimeException e) {
          terms.add(null);
          failures.add(e.getMessage());
        }
      }
      int first = 0;
      Matcher fn = FUNCTION_HEAD.matcher(raw.get(0));
      String head = terms.get(0);
      if (c.relations().get(0) == Relation.EQUAL && fn.matches() && terms.get(1) != null
          && !functions.contains(fn.group(1))) {
        defineFunction(line, fn.group(1), fn.group(2), raw.get(1), terms.get(1));
        head = fn.group(1);
        first = 1;
      } else if (definesName(c.relations().get(0), head, terms.get(1))) {
        if (raw.size() == 2 && NUMBER.matcher(terms.get(1)).matches()) {
          ctx = ctx.withPoint(head, engine.eval(terms.get(1)));
          out.add(new StepResult(line, raw.get(0), Relation.EQUAL, raw.get(1), null,
              "named point"));
          return new String[] {raw.get(1), null};
        }
        define(line, head, raw.get(1), terms.get(1));
        first = 1;
      } else {
        head = inheritedHead;
      }
      // inline math is prose: a single relation is a hypothesis or a definition, but a chain of
      // two or more relations is a computation, and is checked
      boolean check = claims || (contextOnly && latex && c.relations().size() >= 2);
      for (int k = first; k < c.relations().size() && check; k++) {
        if (failures.get(k) != null || failures.get(k + 1) != null) {
          out.add(new StepResult(line, raw.get(k), c.relations().get(k), raw.get(k + 1),
              new StepVerdict.NotChecked("cannot read: " + (failures.get(k) != null
                  ? failures.get(k) : failures.get(k + 1))), ""));
          continue;
        }
        step(line, terms.get(k), c.relations().get(k), terms.get(k + 1), raw.get(k),
            raw.get(k + 1));
      }
      String last = terms.get(terms.size() - 1);
      if (head != null && last != null && NAME.matcher(last).matches() && ctx.defines(last)
          && !last.equals(head)) {
        ctx = ctx.withDefinition(new Definition(head, engine.eval(last)));
      }
      return new String[] {raw.get(raw.size() - 1), head};
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

    private void step(int line, String lhs, Relation rel, String rhs, String rawL,
        String rawR) {
      Matcher a = APPLIED.matcher(lhs.replace(" ", ""));
      Matcher b = APPLIED.matcher(rhs.replace(" ", ""));
      if (a.matches() && rhs.replace(" ", "").startsWith(a.group(1) + "(")
          && NAME.matcher(a.group(2)).matches() && !ctx.defines(a.group(2))
          && !ctx.point().containsKey(a.group(2)) && !b.matches()) {
        String inner = rhs.strip().substring(rhs.strip().indexOf('(') + 1,
            rhs.strip().length() - 1);
        define(line, a.group(2), inner, inner);
        return;
      }
      StepVerdict v;
      try {
        v = checker.check(ctx, lhs, rel, rhs);
      } catch (RuntimeException e) {
        v = new StepVerdict.NotChecked(String.valueOf(e.getMessage()).lines().findFirst()
            .orElse("error"));
      }
      out.add(new StepResult(line, readable(rawL), rel, readable(rawR), v, ""));
    }

    private void define(int line, String name, String rawRhs, String rhs) {
      try {
        // functions defined in the text are expanded, so that ∂h/∂h_in of h = a(h_in) is a′
        ctx = ctx.withDefinition(new Definition(name, checker.expandFunctions(ctx,
            engine.eval(rhs))));
        out.add(new StepResult(line, name, Relation.EQUAL, rawRhs, null, "definition"));
      } catch (RuntimeException e) {
        out.add(new StepResult(line, name, Relation.EQUAL, rawRhs, new StepVerdict.NotChecked(
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
    return s.startsWith("=") || s.startsWith("\\approx") || s.startsWith("\\le")
        || s.startsWith("\\ge") || s.startsWith("<") || s.startsWith(">");
  }

  private static int lineBreaks(String body, String piece) {
    int at = body.indexOf(piece.strip());
    return at < 0 ? 0 : (int) body.substring(0, at).chars().filter(ch -> ch == '\n').count();
  }

  private static List<String> splitQuad(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\\\qquad|\\\\quad")) {
      out.add(part);
    }
    return out;
  }
}
