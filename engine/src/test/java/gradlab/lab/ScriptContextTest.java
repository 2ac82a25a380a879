package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lab is a view of the installed context: its engine, output folder and grade book. */
@Timeout(120)
class ScriptContextTest extends gradlab.symbolic.EngineFixture {

  private static ScriptContext context(Path out) {
    return new ScriptContext(() -> engine, out, new GradeBook(), false);
  }

  @Test
  void gradesBelongToTheSessionThatRecordedThem() {
    ScriptContext first = context(Path.of("first"));
    ScriptContext before = Lab.use(first);
    PrintStream saved = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      Lab.expect("d/dx x^2", "2*x", "diff(x^2, x)");
      assertThat(Lab.grades().steps()).hasSize(1);
      Lab.use(context(Path.of("second")));
      assertThat(Lab.grades().steps()).isEmpty();
      assertThat(Lab.outputDir()).isEqualTo(Path.of("second"));
      Lab.use(first);
      assertThat(Lab.grades().steps()).hasSize(1);
      assertThat(Lab.outputDir()).isEqualTo(Path.of("first"));
    } finally {
      System.setOut(saved);
      Lab.use(before);
    }
  }

  @Test
  void aGradeReportIsASnapshotNotALiveList() {
    GradeBook book = new GradeBook();
    var report = book.report();
    book.addInPlace(new GradeBook.GradeEntry("a", "x", gradlab.check.Relation.EQUAL, "x",
        new gradlab.check.StepChecker(engine).check(gradlab.check.CheckContext.empty(), "x",
            gradlab.check.Relation.EQUAL, "x")));
    assertThat(report.steps()).isEmpty();
    assertThat(book.report().steps()).hasSize(1);
    book.clearInPlace();
    assertThat(book.report().steps()).isEmpty();
  }
}
