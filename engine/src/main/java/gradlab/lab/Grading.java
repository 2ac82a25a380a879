package gradlab.lab;

import gradlab.check.CheckContext;
import gradlab.check.Relation;
import gradlab.check.StepChecker;
import gradlab.check.StepVerdict;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Grading answers for {@link Lab#expect} and {@link Lab#writeGrades}: one line, one entry. */
final class Grading {
  private Grading() {}

  /** Checks the answer, prints its line and appends it to {@code book} (Modified). */
  static StepVerdict expect(SymbolicEngine engine, GradeBook book, String label, Expr student,
      Expr reference, Domain domain) {
    CheckContext ctx = CheckContext.empty().withDomain(domain);
    StepVerdict v = new StepChecker(engine).check(ctx, student.input(), Relation.EQUAL,
        reference.input());
    System.out.println(v.mark() + " " + label + ": " + v.evidence());
    book.addInPlace(new GradeBook.GradeEntry(label, student.input(), Relation.EQUAL,
        reference.input(), v));
    return v;
  }

  /** Writes the book's JSON ({@link GradeBook#toJson()}) to {@code file}; the file. */
  static Path write(GradeBook book, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, book.toJson() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    return file;
  }
}
