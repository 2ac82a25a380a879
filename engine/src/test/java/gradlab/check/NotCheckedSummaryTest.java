package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotCheckedSummaryTest {
  private static StepResult notChecked(String reason) {
    return new StepResult(1, "a", Relation.EQUAL, "b", new StepVerdict.NotChecked(reason), "");
  }

  @Test
  void oneLinePerKindWithTheCountAndTheRightNumber() {
    List<String> lines = NotCheckedSummary.lines(List.of(
        notChecked("cannot read: Σ with symbolic bounds"),
        notChecked("cannot read: Σ with symbolic bounds"),
        notChecked("cannot read: integrals")));
    assertThat(lines).containsExactly(
        "not checked: 2 steps use Σ with symbolic bounds, which the reader does not read "
            + "(line 1)",
        "not checked: 1 step uses integrals, which the reader does not read (line 1)");
  }

  @Test
  void unknownStepsThatHeldWhereSampledGetALineOfTheirOwnAfterTheNotChecked() {
    List<StepResult> steps = List.of(
        new StepResult(4, "a", Relation.EQUAL, "b", new StepVerdict.Unknown(30, 1e-9), ""),
        notChecked("cannot read: integrals"),
        new StepResult(8, "c", Relation.LESS_EQUAL, "d", new StepVerdict.Unknown(30, 0), ""));
    assertThat(NotCheckedSummary.lines(steps)).containsExactly(
        "not checked: 1 step uses integrals, which the reader does not read (line 1)",
        "unknown: 2 steps held where they were sampled but are not proved (lines 4, 8)");
    assertThat(NotCheckedSummary.lines(steps.subList(0, 1))).containsExactly(
        "unknown: 1 step held where it was sampled but is not proved (line 4)");
  }

  @Test
  void chainRuleStepsAndStepsFromPremisesGetLinesOfTheirOwnInEitherNumber() {
    StepResult chain = new StepResult(9, "a", Relation.EQUAL, "b", new StepVerdict.Unknown(1, 0,
        ChainRuleSteps.REASON + "o; holds if E depends on n only through o"), "");
    StepResult chain2 = new StepResult(11, "a", Relation.EQUAL, "b", chain.verdict(), "");
    assertThat(NotCheckedSummary.lines(List.of(chain))).containsExactly("unknown: 1 step is the "
        + "chain rule through a quantity the text does not define, which holds only if it "
        + "depends on the variable through that quantity alone (line 9)");
    assertThat(NotCheckedSummary.lines(List.of(chain, chain2))).singleElement()
        .satisfies(l -> assertThat(l).startsWith("unknown: 2 steps are the chain rule")
            .endsWith("(lines 9, 11)"));
    assertThat(NotCheckedSummary.lines(List.of(notChecked("restates line 3, which is not "
        + "checked"), notChecked(PremiseSteps.DOES_NOT_FOLLOW + "lines 7, 3 alone"))))
        .containsExactly("not checked: 1 step restates an earlier claim that is not proved "
            + "(line 1)", "not checked: 1 step needs more than the earlier claims taken as "
            + "premises (a relation of the text the checker does not solve for, or premises "
            + "that do not fix the quantities) (line 1)");
  }

  @Test
  void theLinesOfEachKindAreListedOnceEach() {
    List<StepResult> steps = List.of(
        new StepResult(3, "a", Relation.EQUAL, "b", new StepVerdict.NotChecked(
            "cannot read: integrals"), ""),
        new StepResult(3, "c", Relation.EQUAL, "d", new StepVerdict.NotChecked(
            "cannot read: integrals"), ""),
        new StepResult(9, "e", Relation.EQUAL, "f", new StepVerdict.NotChecked(
            "cannot read: integrals"), ""));
    assertThat(NotCheckedSummary.lines(steps)).containsExactly("not checked: 3 steps use "
        + "integrals, which the reader does not read (lines 3, 9)");
    assertThat(NotCheckedSummary.lineList(java.util.stream.IntStream.rangeClosed(1, 12)
        .boxed().toList())).isEqualTo("(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)");
  }

  @Test
  void aMissingIndependenceIsSaidOnceNotAsUnread() {
    assertThat(NotCheckedSummary.lines(List.of(notChecked("cannot read: E[·] or Var(·) of a "
        + "product of different names: needs independence of a, b, which the text does not "
        + "state")))).containsExactly("not checked: 1 step needs independence the text does "
        + "not state (E[·] or Var(·) of a product) (line 1)");
  }

  @Test
  void noLineWhenEverythingWasDecided() {
    assertThat(NotCheckedSummary.lines(List.of(new StepResult(1, "a", Relation.EQUAL, "a",
        new StepVerdict.Proved("rewriting"), "")))).isEmpty();
  }

  @Test
  void refutationsNeedEveryReadingToFail() {
    StepVerdict no = new StepVerdict.Refuted(java.util.Map.of(), 1, 2, "");
    StepVerdict yes = new StepVerdict.Proved("rewriting");
    assertThat(Readings.combine(no, no, "x")).isSameAs(no);
    assertThat(Readings.combine(no, yes, "x")).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(Readings.combine(yes, no, "x")).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(Readings.combine(yes, yes, "x")).isSameAs(yes);
  }
}
