package gradlab.cli;

import gradlab.check.CheckReport;
import gradlab.check.DocumentChecker;
import gradlab.check.StepVerdict;
import gradlab.lab.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gradlab check FILE|FOLDER [--json]}: exit 1 when a step is refuted. */
@Command(name = "check", description = "Check a derivation step by step: Markdown with LaTeX "
    + "($…$, $$$$…$$$$), a .tex file, a notebook's Markdown cells (.ipynb), plain text as "
    + "typed (x^2, dL/dw = …), or the engine-syntax format (let, at, assume, chains).")
final class Check implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "a derivation, or several, "
      + "or a folder: every .md, .tex, .txt and .ipynb file in it is checked and summarised "
      + "(one submission per file)")
  List<Path> files;

  /** The one file (or folder) asked for, when there is one. */
  private Path file;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Option(names = "--step-time", paramLabel = "SECONDS", description = "time budget of one "
      + "step (default 2); a step not decided by then is reported as unknown (time)")
  double stepSeconds = 2;

  @Option(names = "--format", description = "markdown or text (default: markdown when the "
      + "file has $…$ math)")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!(stepSeconds > 0 && stepSeconds <= 600)) {
      System.err.println("error: --step-time must be more than 0 and at most 600 seconds, was "
          + stepSeconds);
      return 2;
    }
    if (format != null && !java.util.List.of("markdown", "md", "text", "txt").contains(format)) {
      // --format latex read every display as text: a real ✗ vanished (found by a lecturer)
      System.err.println("error: --format must be markdown or text, was '" + format + "'; hint: "
          + "LaTeX in $…$ or $$…$$, and .tex files, are read as markdown");
      return 2;
    }
    if (files.size() > 1) {
      return summarise(files);
    }
    file = files.get(0);
    if (Files.isDirectory(file)) {
      return folder();
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("error: no such file: " + file);
      return 2;
    }
    parent.configure();
    CheckReport report;
    try {
      report = check(file);
    } catch (IOException | gradlab.io.NotUtf8Exception e) {
      System.err.println("error: " + e.getMessage()); // a non-UTF-8 file's message has its hint
      return 2;
    }
    System.out.print(json ? report.toJson() + "\n" : report.render());
    if (!json && file.toString().endsWith(".ipynb") && report.firstRefuted().isPresent()) {
      int[] at = gradlab.repl.NotebookCells.cellOf(gradlab.io.Utf8Files.read(file),
          report.firstRefuted().get().line());
      if (at != null) {
        System.out.println("(line " + report.firstRefuted().get().line() + " is line " + at[1]
            + " of cell " + at[0] + " of the notebook)");
      }
    }
    if (report.steps().isEmpty()) { // a wrong file must not look like a clean derivation
      System.err.println("error: nothing to check in " + file + ": no formula was found; hint: "
          + "a derivation is Markdown with LaTeX ($…$, $$…$$) or the engine-syntax format "
          + "(docs/checker.md)");
      return 2;
    }
    return report.firstRefuted().isPresent() ? 1 : 0;
  }

  private boolean warm;

  /**
   * One proof before the first file, outside any step's budget: a cold engine takes seconds for
   * its first proof (class loading, JIT), which would otherwise turn the first step into
   * "unknown (time)".
   */
  private void warmUp() {
    if (!warm) {
      warm = true;
      new DocumentChecker(Lab.engine(), java.time.Duration.ofSeconds(60)).checkText("warm-up",
          "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\nsigma(-x) = 1 - sigma(x)\n");
    }
  }

  private CheckReport check(Path f) throws IOException {
    warmUp();
    String text = gradlab.io.Utf8Files.read(f);
    DocumentChecker checker = new DocumentChecker(Lab.engine(), java.time.Duration.ofMillis(
        Math.round(stepSeconds * 1000)));
    String name = f.toString();
    boolean notebook = name.endsWith(".ipynb");
    if (notebook) {
      text = gradlab.repl.NotebookCells.markdown(text); // its Markdown cells; line numbers count those
      name = name + " (its Markdown cells)";
    }
    boolean markdown = notebook || (format != null ? format.startsWith("m")
        : gradlab.check.DocumentFormat.isMarkdown(text));
    return markdown ? checker.checkMarkdown(name, text) : checker.checkText(name, text);
  }

  /** One line per submission (or a JSON array); exit 1 if any has a refuted step. */
  private int folder() throws IOException {
    parent.configure();
    List<Path> found;
    try (Stream<Path> s = Files.list(file)) {
      found = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString()
          .startsWith(".")).sorted().toList();
    }
    if (found.stream().noneMatch(Check::readable)) {
      System.err.println("error: no .md, .tex, .txt or .ipynb files in " + file);
      return 2;
    }
    return summarise(found);
  }

  /**
   * One line per file and a line of totals, or with {@code --json} one object: {@code files}, a
   * list with each file's report, and {@code totals}; exit 1 if any has a refuted step.
   */
  private int summarise(List<Path> files) throws IOException {
    parent.configure();
    boolean anyRefuted = false;
    boolean anyFailed = false;
    int refuted = 0;
    int clean = 0;
    int open = 0;
    int unread = 0;
    StepTotals steps = StepTotals.NONE;
    List<String> firstWrong = new java.util.ArrayList<>();
    StringBuilder all = new StringBuilder("[");
    if (!json) { // a TA's pile had rows but no line saying what was checked
      System.out.println("derivation check of " + (files.size() == 1 ? "1 file" : files.size()
          + " files") + (file != null && Files.isDirectory(file) ? " in " + file : ""));
    }
    for (Path f : files) {
      if (!readable(f)) { // every submission gets a row: a skipped one says why
        anyFailed = true;
        String why = "not read: a ." + extension(f) + " file (the checker reads .md, .tex, "
            + ".txt and .ipynb; export it to Markdown or LaTeX)";
        unread++;
        if (json) {
          all.append(all.length() > 1 ? "," : "").append("{\"source\":").append(
              jsonString(f.toString())).append(",\"error\":").append(jsonString(why))
              .append("}");
        } else {
          System.out.printf(Locale.ROOT, "%-40s %s%n", f.getFileName(), why);
        }
        continue;
      }
      CheckReport r;
      try {
        r = check(f);
      } catch (IOException | RuntimeException e) {
        anyFailed = true;
        String why = String.valueOf(e.getMessage()).replace(f.toString() + " ", "");
        unread++;
        if (json) {
          all.append(all.length() > 1 ? "," : "").append("{\"source\":").append(
              jsonString(f.toString())).append(",\"error\":").append(jsonString(why))
              .append("}");
        } else {
          System.out.printf(Locale.ROOT, "%-40s not checked: %s%n", f.getFileName(), why);
        }
        continue;
      }
      anyRefuted |= r.firstRefuted().isPresent();
      if (r.steps().isEmpty()) { // an empty submission must not read "no wrong step"
        anyFailed = true;
        unread++;
        if (json) {
          all.append(all.length() > 1 ? "," : "").append(r.toJson());
        } else {
          System.out.printf(Locale.ROOT, "%-40s nothing to check: no formula was found%n",
              f.getFileName());
        }
        continue;
      }
      steps = steps.plus(r);
      r.firstRefuted().ifPresent(s -> firstWrong.add("{\"source\":" + jsonString(f.toString())
          + ",\"line\":" + s.line() + ",\"step\":" + jsonString(written(s))
          + "}"));
      if (r.firstRefuted().isPresent()) {
        refuted++;
      } else if (noneRefuted(r).equals("no wrong step")) {
        clean++;
      } else {
        open++;
      }
      if (json) {
        all.append(all.length() > 1 ? "," : "").append(r.toJson());
      } else {
        System.out.printf(Locale.ROOT, "%-40s %3d ✓ %3d ✗ %3d ? %3d –   %s%n",
            f.getFileName(), r.count(StepVerdict.Proved.class),
            r.count(StepVerdict.Refuted.class), r.count(StepVerdict.Unknown.class),
            r.count(StepVerdict.NotChecked.class), r.firstRefuted().isPresent()
                ? r.firstWrongStep() + stepText(r) : noneRefuted(r));
      }
    }
    if (json) { // a folder's list had no totals (user22): one object, the files and the totals
      System.out.println("{\"files\":" + all.append("]") + ",\"totals\":" + new FolderTotals(
          files.size(), refuted, clean, open, unread).toJson(steps, firstWrong) + "}");
    } else {
      System.out.println(new FolderTotals(files.size(), refuted, clean, open, unread).sentence());
      // a TA saw one line per file and no way to the steps to check by hand
      System.out.println("each file's steps, and what to check by hand: ./gradlab check FILE");
    }
    return anyRefuted ? 1 : anyFailed ? 2 : 0;
  }

  /** A step as its report shows it, on one line. */
  private static String written(gradlab.check.StepResult s) {
    return (s.lhs() + " " + s.relation().symbol() + " " + s.rhs()).strip().replaceAll("\\s+",
        " ");
  }

  /** ": " and the first refuted step as written, cut to 60 characters (a TA saw only a line). */
  static String stepText(CheckReport r) {
    String t = r.firstRefuted().map(Check::written).orElse("");
    return t.isEmpty() ? "" : ": " + (t.length() > 60 ? t.substring(0, 59) + "…" : t);
  }

  /**
   * "no wrong step" only when every step was decided; otherwise how many were not ("no step
   * refuted; 12 not decided"), since an undecided step may be the wrong one.
   */
  static String noneRefuted(CheckReport r) {
    long open = r.count(StepVerdict.Unknown.class) + r.count(StepVerdict.NotChecked.class);
    return open == 0 ? "no wrong step" : "no step refuted; " + open + " not decided";
  }

  /** The files a folder check reads: Markdown, LaTeX, engine syntax and notebooks. */
  static boolean readable(Path f) {
    return switch (extension(f)) {
      case "md", "markdown", "tex", "txt", "ipynb" -> true;
      default -> false;
    };
  }

  private static String extension(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
