package gradlab.repl;

import gradlab.audit.AuditReport;
import gradlab.audit.AuditRow;
import gradlab.check.CheckReport;
import gradlab.check.StepResult;
import gradlab.check.StepVerdict;
import java.util.Locale;

/** Check and audit reports as HTML tables, for a notebook (the text form stays the fallback). */
final class ReportHtml {
  private ReportHtml() {}

  static String audit(AuditReport r) {
    StringBuilder b = new StringBuilder("<table>\n<caption>gradient audit of ")
        .append(escape(r.loss())).append(" at ").append(r.points())
        .append(" random points (seed ").append(r.seed()).append(")</caption>\n")
        .append("<tr><th>param</th><th>symbolic</th><th>autodiff</th><th>finite diff</th>"
            + "<th>err(ad)</th><th>err(fd)</th><th>verdict</th></tr>\n");
    for (AuditRow row : r.rows()) {
      b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.9g</td><td>%.9g</td>"
          + "<td>%.9g</td><td>%.1e</td><td>%.1e</td><td>%s</td></tr>%n", escape(row.parameter()),
          row.symbolic(), row.autodiff(), row.finiteDifference(), row.autodiffError(),
          row.finiteDifferenceError(), row.agrees() ? "agree" : "<b>DISAGREE</b>"));
    }
    return b.append("</table>\n<p>").append(escape(r.agrees()
        ? "all three agree for every parameter" : "the three do not agree for every parameter"))
        .append("</p>\n").toString();
  }

  static String check(CheckReport r) {
    StringBuilder b = new StringBuilder("<table>\n<tr><th>line</th><th></th><th>step</th>"
        + "<th>evidence</th></tr>\n");
    StepResult first = r.firstRefuted().orElse(null);
    for (StepResult s : r.steps()) {
      String step = escape(s.lhs() + " " + s.relation().symbol() + " " + s.rhs());
      String mark = s.isClaim() ? escape(s.verdict().mark()) : "";
      String evidence = escape(s.isClaim() ? s.verdict().evidence() : "[" + s.note() + "]");
      b.append("<tr><td>").append(s.line()).append("</td><td>").append(mark)
          .append("</td><td>").append(s == first ? "<b>" + step + "</b>" : step)
          .append("</td><td>").append(evidence).append(s == first ? " ◀ first wrong step" : "")
          .append("</td></tr>\n");
    }
    return b.append(String.format(Locale.ROOT, "</table>%n<p>%d proved, %d refuted, "
        + "%d unknown, %d not checked</p>%n", r.count(StepVerdict.Proved.class),
        r.count(StepVerdict.Refuted.class), r.count(StepVerdict.Unknown.class),
        r.count(StepVerdict.NotChecked.class))).toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
