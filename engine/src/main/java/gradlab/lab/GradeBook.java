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
  private final List<GradeEntry> entries = new CopyOnWriteArrayList<>();

  /** Appends a grade numbered after the ones before. Mutates this book. */
  public synchronized void addInPlace(GradeEntry entry) {
    steps.add(new StepResult(steps.size() + 1, entry.label() + ": " + entry.student(),
        entry.relation(), entry.reference(), entry.verdict(), ""));
    entries.add(entry);
  }

  /**
   * The grades as JSON ({@link CheckReport#toJson()}), each step also with its {@code label}
   * and the {@code student}'s answer apart, so that a grader need not split "label: answer".
   */
  public synchronized String toJson() {
    List<GradeEntry> graded = List.copyOf(entries);
    return report().toJson(k -> {
      java.util.Map<String, String> more = new java.util.LinkedHashMap<>();
      more.put("label", graded.get(k).label());
      more.put("student", graded.get(k).student());
      return more;
    });
  }

  /** The grades so far, as a report (a copy: later grades do not change it). */
  public CheckReport report() {
    return new CheckReport("grades", List.copyOf(steps));
  }

  /** Forgets every grade. Mutates this book. */
  public synchronized void clearInPlace() {
    steps.clear();
    entries.clear();
  }

  /**
   * One graded answer.
   *
   * @param label what was asked ({@code student A: ∂C/∂b})
   * @param student the student's answer (input form)
   * @param relation how the answer was compared
   * @param reference the reference answer (input form)
   * @param verdict proved, refuted or unknown
   */
  public record GradeEntry(String label, String student, gradlab.check.Relation relation,
      String reference, gradlab.check.StepVerdict verdict) {
    /** {@code d/dx x^2: 2*x = 2*x  ✓ proved: …}, not a record dump. */
    @Override
    public String toString() {
      return label + ": " + student + " " + relation.symbol() + " " + reference + "  "
          + verdict;
    }
  }

  /** The grades as a report ({@link CheckReport#render()}). */
  @Override
  public String toString() {
    return report().render();
  }
}
