package gradlab.cli;

import gradlab.audit.AuditReport;
import gradlab.lab.AuditTarget;
import gradlab.lab.Lab;
import gradlab.lab.Worksheet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code gradlab audit 'z1 = …; C = …' [--wrt w1,b1] [--points N] [--seed S]}, or a plain
 * expression: {@code gradlab audit '(w2*sigma(w1*x+b1)+b2-y)^2/2'}.
 */
@Command(name = "audit", description = "Check every gradient of a loss three ways: symbolic "
    + "(chain rule, compiled), autodiff on the tensor backend, central finite differences.")
final class Audit implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main parent;

  @Parameters(index = "0", paramLabel = "LOSS", description = "a loss expression, or "
      + "';'-separated 'name = expr' lines whose last name (or last plain expression) is the loss")
  String definitions;

  @Option(names = "--wrt", split = ",", description = "parameters (default: every variable)")
  List<String> wrt = List.of();

  @Option(names = "--points", defaultValue = "10", description = "random points (default "
      + "${DEFAULT-VALUE})")
  int points;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the points (default "
      + "${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    parent.configure();
    Worksheet sheet = new Worksheet(Lab.engine());
    sheet.evaluate(definitions, Worksheet.Format.INPUT);
    AuditTarget target = AuditTarget.of(sheet);
    if (target == null) {
      System.err.println("error: no loss to audit; hint: gradlab audit "
          + "'(w*sigma(x) - a)^2/2' --wrt w, or 'f = w*sigma(x); C = (f - a)^2/2'");
      return 2;
    }
    if (target.named()) {
      System.out.println(target.loss() + " = " + target.defs().rhs(target.loss()).orElseThrow());
    }
    AuditReport report = Lab.audit(target.defs(), target.loss(), points, seed,
        wrt.toArray(String[]::new));
    System.out.print(report.table());
    return report.agrees() ? 0 : 1;
  }
}
