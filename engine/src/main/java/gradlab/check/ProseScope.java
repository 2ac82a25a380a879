package gradlab.check;

/**
 * What the prose before a segment does to the context: functions it declares, points it ends
 * ("for all $x$", "in general", a point named only for its own sentence), independence and
 * constraints it states, and headings, which start afresh.
 */
final class ProseScope {
  /** A math span that is only an implication arrow, at the end of the paragraph so far. */
  private static final java.util.regex.Pattern ARROW_SPAN = java.util.regex.Pattern.compile(
      "\\$\\s*\\\\(?:Rightarrow|Longrightarrow|implies|therefore)\\s*\\$\\s*$");

  private ProseScope() {}

  static void enterInPlace(DocumentRun run, String proseBefore, boolean display) {
    run.paragraph.append(proseBefore);
    run.genericFunctions.addAll(GenericFunctionNames.declared(run.paragraph.toString()));
    run.sentence.afterPoint(proseBefore);
    if (run.sentence.endsWith(proseBefore)) {
      // "At $x = 0$ the value is $f(0) = 0$." — the point was this sentence's, not a
      // hypothesis for the steps after it
      run.ctx = run.ctx.withoutPoints();
      run.values.clear();
      run.earlierPoints.forgetAllInPlace(); // the sentence's own value, not meant later
    }
    for (String name : ForAll.names(run.paragraph)) {
      run.earlierPoints.endInPlace(run, name); // "For all $x$:" ends the point named for x
    }
    SupposedValues.movedInProseInPlace(run); // "now $x$ is $3$": x = 2 no longer holds
    OtherCases.enterInPlace(run, proseBefore); // "Case 2. Otherwise": case 1's a = 5 ends
    if (ForAll.inGeneral(proseBefore)) {
      run.ctx = run.ctx.withoutPoints(); // "…, and in general $$…$$": no point applies
    }
    // "$\Rightarrow$ $\ell''(w) \geq 0$": the arrow, a span of its own, concludes what follows
    run.prose = proseBefore.isBlank() && ARROW_SPAN.matcher(run.paragraph).find() ? "hence "
        : proseBefore;
    run.independence.prose(proseBefore);
    run.independence.moments.proseInPlace(run, proseBefore);
    run.constraints.prose(proseBefore);
    run.implied.stated.prose(proseBefore); // "with learning rate $\alpha$"
    if (Hypotheses.hasHeading(proseBefore)) {
      run.sections.headingInPlace(run.ctx, PartLabels.isLabel(proseBefore));
      run.ctx = run.ctx.withoutPoints();
      run.values.clear();
      run.premises.clearInPlace();
      run.conditions.clearInPlace();
      run.implied.hypotheses.clearInPlace();
      run.lastTail = null;
      run.otherCase.endInPlace();
    }
    run.newScope = !display && Hypotheses.startsScope(proseBefore);
  }
}
