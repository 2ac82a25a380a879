package gradlab.cli;

import gradlab.check.AuditReport;
import gradlab.lab.Lab;
import gradlab.lab.Worksheet;
import gradlab.symbolic.Definitions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gradlab audit 'z1 = …; C = …' [--wrt w1,b1] [--points N] [--seed S]}. */
@Command(name = "audit", description = "Check every gradient of a loss three ways: symbolic "
    + "(chain rule, compiled), autodiff on the tensor backend, central finite differences.")
final class Audit implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main parent;

  @Parameters(index = "0", paramLabel = "DEFINITIONS", description = "';'-separated "
      + "'name = expr' lines; the last name is the loss")
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
    Definitions defs = new Definitions(sheet.definitions());
    if (defs.items().isEmpty()) {
      System.err.println("error: no definitions; hint: gradlab audit 'f = w*sigma(x); "
          + "C = (f - a)^2/2' --wrt w");
      return 2;
    }
    String loss = defs.names().get(defs.names().size() - 1);
    AuditReport report = Lab.audit(defs, loss, points, seed, wrt.toArray(String[]::new));
    System.out.print(report.table());
    return report.agrees() ? 0 : 1;
  }
}
