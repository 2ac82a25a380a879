package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.check.CheckContext;
import gradlab.check.Relation;
import gradlab.check.StepChecker;
import gradlab.check.StepVerdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jshell and the console show a value by its toString: a check report, a verdict or a grade was
 * a record dump ({@code Proved[how=…]}, {@code CheckReport[source=…, steps=[StepResult[…]]]}).
 * They read as the report does now; the grades' JSON has each grade's label and the student's
 * answer apart.
 */
@Timeout(120)
class ReportsPrintReadablyTest extends gradlab.symbolic.EngineFixture {
  @Test
  void verdictsReportsAndGradesPrintAsPeopleReadThem() {
    StepChecker checker = new StepChecker(engine);
    StepVerdict right = checker.check(CheckContext.empty(), "2*x", Relation.EQUAL, "x + x");
    StepVerdict wrong = checker.check(CheckContext.empty(), "2*x", Relation.EQUAL, "x^2");
    assertThat(right.toString()).startsWith("✓ proved").doesNotContain("Proved[");
    assertThat(wrong.toString()).startsWith("✗ refuted at").doesNotContain("Refuted[");
    ScriptContext before = Lab.use(new ScriptContext(() -> engine, Path.of("out"),
        new GradeBook(), false));
    gradlab.check.CheckReport report;
    try {
      report = Lab.check("let z = 2*x", "diff(z, x) = 2", "diff(z, x) = 3");
    } finally {
      Lab.use(before);
    }
    assertThat(report.toString()).isEqualTo(report.render()).contains("✓").contains("✗")
        .doesNotContain("StepResult[");
    assertThat(report.steps().get(1).toString()).startsWith("line 2: diff(z, x) = 2  ✓");
    GradeBook book = new GradeBook();
    book.addInPlace(new GradeBook.GradeEntry("student A: d/dx x^2", "2*x", Relation.EQUAL,
        "2*x", right));
    assertThat(book.toString()).contains("✓").contains("student A: d/dx x^2: 2*x");
    assertThat(new GradeBook.GradeEntry("q", "x^2", Relation.EQUAL, "2*x", wrong).toString())
        .startsWith("q: x^2 = 2*x  ✗ refuted").doesNotContain("GradeEntry[");
  }

  @Test
  void theGradesJsonHasTheLabelAndTheStudentsAnswerApart() {
    StepVerdict wrong = new StepChecker(engine).check(CheckContext.empty(), "x",
        Relation.EQUAL, "2*x");
    GradeBook book = new GradeBook();
    book.addInPlace(new GradeBook.GradeEntry("student C: d/dx x^2", "x", Relation.EQUAL, "2*x",
        wrong));
    assertThat(book.toJson()).contains("\"lhs\":\"student C: d/dx x^2: x\"")
        .contains("\"label\":\"student C: d/dx x^2\",\"student\":\"x\"")
        .contains("\"refuted\":1");
    // a report that is no grade book has no such fields
    assertThat(book.report().toJson()).doesNotContain("\"label\"");
  }
}
