package gradlab.repl;

import gradlab.audit.GradientAudit;
import gradlab.check.DocumentChecker;
import gradlab.lab.Lab;
import gradlab.lab.Worksheet;
import gradlab.plot.Figure;
import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/** The console's commands on the math session: :check, :audit, :plot, :timeout, :trace. */
final class MathCommands {
  private final Supplier<SymbolicEngine> engine;
  private final Supplier<Worksheet> sheet;
  private int plots;

  MathCommands(Supplier<SymbolicEngine> engine, Supplier<Worksheet> sheet) {
    this.engine = engine;
    this.sheet = sheet;
  }

  /** Whether the engine's parser accepts the line as math (for {@link LineRouter}). */
  boolean parses(String line) {
    try {
      engine.get().parse(line);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Checks a chain with the session's definitions as context. */
  String check(String chain) {
    return checkReport(chain).render();
  }

  gradlab.check.CheckReport checkReport(String chain) {
    // in the console a step may take as long as any evaluation (:timeout), not the 2 s of
    // `gradlab check`, which bounds a whole file
    DocumentChecker checker = new DocumentChecker(engine.get(),
        engine.get().config().timeLimit());
    java.nio.file.Path file = fileNamed(chain);
    if (file != null) { // :check notes.md printed an empty report of the text ":check"
      String text;
      try {
        text = gradlab.io.Utf8Files.read(file);
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
      }
      if (file.toString().endsWith(".ipynb")) { // a notebook had printed an empty report
        try {
          return checker.checkMarkdown(file + " (its Markdown cells)",
              NotebookCells.markdown(text));
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
      }
      return gradlab.check.DocumentFormat.isMarkdown(text)
          ? checker.checkMarkdown(file.toString(), text)
          : checker.checkText(file.toString(), text);
    }
    if (!RELATION.matcher(chain).find()) { // a folder, a misspelt file: "0 refuted" said nothing
      if (chain.isBlank()) { // ":check" alone said " is a folder" (the empty path)
        throw new IllegalArgumentException(":check takes a chain a = b = c or a file's name "
            + "(.md, .txt, .tex, .ipynb)");
      }
      throw new IllegalArgumentException(java.nio.file.Files.isDirectory(java.nio.file.Path.of(
          chain.strip())) ? chain.strip() + " is a folder; :check takes one file (for a folder "
          + "of submissions run ./gradlab check FOLDER/ in a terminal)" : "nothing to check in '"
          + chain.strip() + "': :check takes a chain a = b = c or a file's name (.md, .txt, "
          + ".tex, .ipynb)");
    }
    String unbalanced = gradlab.math.Brackets.hint(chain, null);
    if (unbalanced != null) { // :check sigma'(x = 1/4 printed an empty report
      throw new IllegalArgumentException("syntax error: " + unbalanced + " in '" + chain.strip()
          + "'");
    }
    StringBuilder doc = new StringBuilder();
    List<gradlab.symbolic.Definition> used = usedDefinitions(chain);
    // pasted Markdown, "$$\frac{d}{dx}\tanh x = …$$" or "\( e^{−1} ≈ 0.3 \)": read as such (the
    // \( … \) form read nothing, or "cannot read: \(", found by a new user)
    if (chain.contains("$") || DELIMITED.matcher(chain).find()) {
      used.forEach(d -> doc.append("Let $").append(d.name()).append(" = ")
          .append(d.rhs().tex()).append("$.\n\n"));
      doc.append(chain).append("\n");
      return checker.checkMarkdown(TYPED, doc.toString());
    }
    if (LATEX.matcher(chain).find()) { // :check \frac{d}{dx} x^2 = 2x: one display of LaTeX
      used.forEach(d -> doc.append("Let $").append(d.name()).append(" = ")
          .append(d.rhs().tex()).append("$.\n\n"));
      doc.append("$$").append(chain).append("$$\n");
      return checker.checkMarkdown(TYPED, doc.toString());
    }
    used.forEach(d -> doc.append("let ").append(shown(d)).append("\n"));
    // the session's functions the chain names, f(x) = x³ − 3·x: without them f′(2) = 9 was ✗
    // with f taken for a number (found by a new user)
    for (String f : sheet.get().functionDefinitions()) {
      String name = f.substring(0, f.indexOf('(')).strip();
      if (java.util.regex.Pattern.compile("(?<![\\p{L}\\d_])" + java.util.regex.Pattern.quote(
          name) + "(?![\\p{L}\\d_])").matcher(chain).find()) {
        doc.append("let ").append(f).append("\n");
      }
    }
    doc.append(chain).append("\n");
    return checker.checkText(TYPED, doc.toString());
  }

  /**
   * A definition as the report shows it: in our Unicode maths (L = ln(1 + exp(−w·y))), when
   * that reads back to the same value; else in the input form, which always does. The report
   * had echoed the library's syntax, L = Log(1+E^(-w*y)) (found by a tester).
   */
  private String shown(gradlab.symbolic.Definition d) {
    String input = d.name() + " = " + d.rhs().readableInput();
    try {
      Worksheet w = sheet.get();
      String value = w.expandedValue(d.name()).input();
      String name = d.toString().substring(0, d.toString().indexOf(" = "));
      return w.expandedValue(d.rhs().unicode()).input().equals(value)
          && w.expandedValue(name).input().equals(value) ? d.toString() : input;
    } catch (RuntimeException unreadable) {
      return input;
    }
  }

  /**
   * The file {@code :check notes.md} names (one word, no relation, ending .md, .txt or .tex), or
   * null; a name that looks like a file but is none is an error that says so.
   */
  private static java.nio.file.Path fileNamed(String arg) {
    String s = arg.strip();
    if (!s.matches("[^=<>\\s]+\\.(md|txt|tex|markdown|ipynb)")) {
      return null;
    }
    java.nio.file.Path p = java.nio.file.Path.of(s.startsWith("~/")
        ? System.getProperty("user.home") + s.substring(1) : s);
    if (!java.nio.file.Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no file " + s + " (from " + java.nio.file.Path.of("")
          .toAbsolutePath() + "); :check takes a chain a = b = c or a file's name");
    }
    return p;
  }

  /**
   * The session's definitions that the chain uses, directly or through others, in dependency
   * order: the report lists only these, not every name the session has.
   */
  private List<gradlab.symbolic.Definition> usedDefinitions(String chain) {
    java.util.Set<String> words = new java.util.HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}\\d_]*")
        .matcher(chain);
    while (m.find()) {
      words.add(m.group());
      if (m.group().length() > 1 && m.group().charAt(0) == 'd') {
        words.add(m.group().substring(1)); // dL/dw: the session's L (it was "not defined")
      }
    }
    return Definitions.inDependencyOrder(sheet.get().definitions()).usedBy(engine.get(), words)
        .items();
  }

  /** What a report of a typed chain is of: it said "derivation check of :check" (user22). */
  static final String TYPED = "the typed chain";

  /** A relation of a chain: without one, a :check line claims nothing. */
  private static final java.util.regex.Pattern RELATION =
      java.util.regex.Pattern.compile("=|<|>|≈|≤|≥|≠|\\\\(?:approx|le|ge|leq|geq|lt|gt|neq)(?![A-Za-z])");

  /** LaTeX's own math delimiters, \\( … \\), \\[ … \\] or an environment, in a :check line. */
  private static final java.util.regex.Pattern DELIMITED =
      java.util.regex.Pattern.compile("\\\\\\(|\\\\\\[|\\\\begin\\{");

  /** A LaTeX command (\\frac, \\sigma …) in a :check line: the line is LaTeX. */
  private static final java.util.regex.Pattern LATEX =
      java.util.regex.Pattern.compile("\\\\[A-Za-z]+");

  /**
   * Audits every gradient of a loss three ways: a defined name, or an expression (which may use
   * the definitions), audited under the name L.
   */
  String audit(String loss) {
    return auditReport(loss).table();
  }

  gradlab.audit.AuditReport auditReport(String loss) {
    Definitions defs = Definitions.inDependencyOrder(sheet.get().definitions());
    if (loss.isEmpty() || loss.matches("[A-Za-z][A-Za-z0-9_]*") && !defs.defines(loss)) {
      throw new IllegalArgumentException("':audit NAME' needs a defined loss; defined: "
          + defs.names() + "; hint: or give an expression, ':audit (w*x - y)^2'");
    }
    String name = loss;
    if (!defs.defines(loss)) {
      // read in the math language, as `gradlab audit` reads it: the engine's own parser
      // spread logsumexp({u, v}) - c over the list and did not know softmax
      Expr e = sheet.get().expandedValue(loss);
      java.util.Set<String> taken = new java.util.HashSet<>(engine.get().freeSymbols(e));
      taken.addAll(defs.names());
      name = GradientAudit.lossName(taken);
      List<gradlab.symbolic.Definition> items = new java.util.ArrayList<>(defs.items());
      items.add(new gradlab.symbolic.Definition(name, e));
      defs = Definitions.inDependencyOrder(items);
    }
    return new GradientAudit(engine.get()).audit(defs, name, List.of(), 10, 1);
  }

  /**
   * {@code expr, var, from, to}: a PNG in the output folder. The expression may use the
   * session's definitions (they are put in) and, through the caller, {@code $N} results.
   */
  String plot(String args) {
    PlotRequest r = PlotRequest.parse(args);
    SymbolicEngine e = engine.get();
    if (r.variable().isEmpty()) {
      Set<String> free = new LinkedHashSet<>(e.freeSymbols(sheet.get().expandedValue(
          r.expression())));
      if (free.size() != 1) {
        throw new IllegalArgumentException(":plot: " + r.expression() + " has "
            + (free.isEmpty() ? "no free name" : "the free names " + String.join(", ", free))
            + "; hint: name the variable, e.g. :plot " + r.expression() + ", "
            + (free.isEmpty() ? "x" : free.iterator().next()) + " from "
            + java.math.BigDecimal.valueOf(r.from()).stripTrailingZeros().toPlainString() + " to "
            + java.math.BigDecimal.valueOf(r.to()).stripTrailingZeros().toPlainString());
      }
      r = new PlotRequest(r.expression(), free.iterator().next(), r.from(), r.to());
    }
    // the plot's variable is its own free variable, also where the session defines it (x = 3)
    Expr x = sheet.get().expandedValue(r.expression(), r.variable());
    Set<String> others = new LinkedHashSet<>(e.freeSymbols(x));
    others.remove(r.variable());
    if (!others.isEmpty()) {
      throw new IllegalArgumentException(":plot: " + x.unicode() + " depends on "
          + String.join(", ", others) + " besides " + r.variable() + "; hint: give "
          + (others.size() == 1 ? "it a value" : "them values") + " first, e.g. subs("
          + r.expression() + ", " + others.iterator().next() + ", 1)");
    }
    Figure fig;
    try {
      fig = Lab.figure(x.unicode(), r.variable(), x.unicode()).withFunction(x.unicode(),
          function(e, x, r.variable()), r.from(), r.to(), 300);
    } catch (IllegalArgumentException noPoints) { // the range itself was checked by the request
      throw new IllegalArgumentException(":plot: " + x.unicode() + " has no finite real value "
          + "on [" + r.from() + ", " + r.to() + "]", noPoints);
    }
    return "plot written: " + Lab.plot(fig, "plot-" + (++plots) + ".png");
  }

  /** Compiled when the compiler knows every function in x, else evaluated point by point. */
  private static DoubleUnaryOperator function(SymbolicEngine e, Expr x, String variable) {
    try {
      CompiledFunction f = new CompiledFunction(new Compiler(e).compile(
          new Definitions(List.of()), List.of(x), List.of(variable)));
      return v -> f.at(v)[0];
    } catch (IllegalArgumentException notCompilable) {
      return v -> {
        try {
          return e.numeric(x, Map.of(variable, v));
        } catch (IllegalArgumentException | ArithmeticException undefined) {
          return Double.NaN; // a point where x has no real value is left out
        }
      };
    }
  }

  String timeout(String seconds) {
    long s = TimeLimit.parseSeconds(":timeout", seconds);
    engine.get().setTimeLimitInPlace(Duration.ofSeconds(s));
    return "time limit: " + s + " s";
  }

  static String trace(Throwable lastError) {
    if (lastError == null) {
      return "(no error yet)";
    }
    StringWriter w = new StringWriter();
    lastError.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
