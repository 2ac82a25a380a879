package gradlab.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdicts on a document's steps, in order. {@link #firstRefuted()} is the first wrong step.
 *
 * @param source the file or label
 * @param steps every claim and context statement, in order
 */
public record CheckReport(String source, List<StepResult> steps) {
  public CheckReport {
    steps = List.copyOf(steps);
  }

  public Optional<StepResult> firstRefuted() {
    return steps.stream().filter(s -> s.verdict() instanceof StepVerdict.Refuted).findFirst();
  }

  /**
   * "first wrong step: line 31", with " (or one of its unchecked premises, lines 11, 21)" where
   * the step was refuted from earlier claims that are not proved; "" when none is refuted.
   */
  public String firstWrongStep() {
    return firstRefuted().map(s -> "first wrong step: line " + s.line()
        + PremiseRefutations.uncheckedPremises(s.verdict())).orElse("");
  }

  public long count(Class<? extends StepVerdict> kind) {
    return steps.stream().filter(s -> kind.isInstance(s.verdict())).count();
  }

  /** As {@link #render()}: jshell and the console show a report as people read it. */
  @Override
  public String toString() {
    return render();
  }

  /** For people: one line per step with ✓ ✗ ? –, and the first wrong step named. */
  public String render() {
    StringBuilder b = new StringBuilder("derivation check of " + source + "\n");
    StepResult first = firstRefuted().orElse(null);
    for (StepResult s : steps) {
      String text = s.rhs().isEmpty() ? s.lhs() : s.lhs() + " " + s.relation().symbol() + " "
          + s.rhs();
      if (!s.isClaim()) {
        b.append(String.format(Locale.ROOT, "  line %3d    %s   [%s]%n", s.line(), text,
            s.note()));
        continue;
      }
      b.append(String.format(Locale.ROOT, "  line %3d  %s %s%n              %s%s%n", s.line(),
          s.verdict().mark(), text, s.verdict().evidence(),
          s == first ? "   ◀ first wrong step" : ""));
    }
    b.append(String.format(Locale.ROOT, "%d proved, %d refuted, %d unknown, %d not checked%n",
        count(StepVerdict.Proved.class), count(StepVerdict.Refuted.class),
        count(StepVerdict.Unknown.class), count(StepVerdict.NotChecked.class)));
    NotCheckedSummary.lines(steps).forEach(l -> b.append(l).append("\n"));
    String onlyDefinitions = DefinitionsOnly.line(steps);
    if (!onlyDefinitions.isEmpty()) {
      b.append(onlyDefinitions).append("\n");
    }
    firstRefuted().ifPresent(s -> b.append("first wrong step: line ").append(s.line())
        .append(PremiseRefutations.uncheckedPremises(s.verdict())).append(": ").append(s.lhs()).append(" ").append(s.relation().symbol()).append(" ")
        .append(s.rhs()).append("\n"));
    return b.toString();
  }

  /** For tools and graders. */
  public String toJson() {
    return toJson(k -> java.util.Map.of());
  }

  /**
   * As {@link #toJson()}, each step with more fields, in the map's order (a grade's label and
   * the student's answer, see {@code GradeBook}).
   */
  public String toJson(java.util.function.IntFunction<java.util.Map<String, String>> more) {
    StringBuilder b = new StringBuilder("{\"source\":").append(Json.string(source))
        .append(",\"steps\":[");
    for (int k = 0; k < steps.size(); k++) {
      StepResult s = steps.get(k);
      b.append(k == 0 ? "" : ",").append("{\"line\":").append(s.line())
          .append(",\"lhs\":").append(Json.string(s.lhs()))
          // an assumption or an unsplit chain is whole in lhs: no relation, never "="
          .append(",\"relation\":").append(Json.string(s.rhs().isEmpty() ? ""
              : s.relation().symbol()))
          .append(",\"rhs\":").append(Json.string(s.rhs()))
          .append(",\"verdict\":").append(Json.string(s.isClaim() ? kind(s.verdict())
              : "context"))
          .append(",\"evidence\":").append(Json.string(s.isClaim() ? s.verdict().evidence()
              : s.note()));
      more.apply(k).forEach((key, value) -> b.append(",").append(Json.string(key)).append(":")
          .append(Json.string(value)));
      b.append("}");
    }
    b.append("],\"proved\":").append(count(StepVerdict.Proved.class))
        .append(",\"refuted\":").append(count(StepVerdict.Refuted.class))
        .append(",\"unknown\":").append(count(StepVerdict.Unknown.class))
        .append(",\"notChecked\":").append(count(StepVerdict.NotChecked.class))
        .append(",\"notCheckedKinds\":[").append(String.join(",", NotCheckedSummary.lines(
            steps).stream().map(Json::string).toList())).append("]")
        .append(",\"firstRefutedLine\":").append(firstRefuted().map(s -> String.valueOf(
            s.line())).orElse("null")).append("}");
    return b.toString();
  }

  private static String kind(StepVerdict v) {
    return switch (v) {
      case StepVerdict.Proved p -> "proved";
      case StepVerdict.Refuted r -> "refuted";
      case StepVerdict.Unknown u -> "unknown";
      case StepVerdict.NotChecked n -> "not checked";
    };
  }
}
