package gradlab.lab;

import gradlab.check.CheckReport;
import gradlab.check.StepResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The grades of one session, in the order {@link Lab#expect} recorded them. Belongs to a
 * session (see {@link ScriptContext}): a new session starts with an empty book. Thread-safe
 * (a script may grade from several threads).
 */
public final class GradeBook {
  private final List<StepResult> steps = new CopyOnWriteArrayList<>();

  /** Appends a grade numbered after the ones before. Mutates this book. */
  public synchronized void addInPlace(GradeEntry entry) {
    steps.add(new StepResult(steps.size() + 1, entry.label(), entry.relation(),
        entry.reference(), entry.verdict(), ""));
  }

  /** The grades so far, as a report (a copy: later grades do not change it). */
  public CheckReport report() {
    return new CheckReport("grades", List.copyOf(steps));
  }

  /** Forgets every grade. Mutates this book. */
  public void clearInPlace() {
    steps.clear();
  }

  /**
   * One graded answer.
   *
   * @param label what was asked, with the student's answer
   * @param relation how the answer was compared
   * @param reference the reference answer (input form)
   * @param verdict proved, refuted or unknown
   */
  public record GradeEntry(String label, gradlab.check.Relation relation, String reference,
      gradlab.check.StepVerdict verdict) {}
}
