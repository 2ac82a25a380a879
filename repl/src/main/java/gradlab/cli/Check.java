package gradlab.cli;

import gradlab.check.CheckReport;
import gradlab.check.DocumentChecker;
import gradlab.lab.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gradlab check FILE [--json]}: exit 1 when a step is refuted. */
@Command(name = "check", description = "Check a derivation step by step: Markdown with LaTeX "
    + "($…$, $$…$$), or the engine-syntax format (let, at, assume, chains).")
final class Check implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main parent;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Option(names = "--format", description = "markdown or text (default: markdown when the "
      + "file has $…$ math)")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      System.err.println("error: no such file: " + file);
      return 2;
    }
    parent.configure();
    String text = Files.readString(file);
    DocumentChecker checker = new DocumentChecker(Lab.engine());
    String name = file.toString();
    boolean markdown = format != null ? format.startsWith("m")
        : java.util.regex.Pattern.compile("\\$[^$\n]+\\$").matcher(text).find();
    CheckReport report = markdown ? checker.checkMarkdown(name, text)
        : checker.checkText(name, text);
    System.out.print(json ? report.toJson() + "\n" : report.render());
    return report.firstRefuted().isPresent() ? 1 : 0;
  }
}
