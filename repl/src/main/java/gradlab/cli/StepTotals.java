package gradlab.cli;

import gradlab.check.CheckReport;
import gradlab.check.StepVerdict;

/**
 * The steps of a folder check summed over its files, for the totals of {@code --json} (a folder
 * run gave a bare list, and a TA had to add the counts up by hand, user22).
 *
 * @param proved steps proved (✓)
 * @param refuted steps refuted (✗)
 * @param unknown steps not decided in time or by the engine (?)
 * @param notChecked steps that could not be read or decided (–)
 */
record StepTotals(long proved, long refuted, long unknown, long notChecked) {
  static final StepTotals NONE = new StepTotals(0, 0, 0, 0);

  /** These totals with one more file's steps. */
  StepTotals plus(CheckReport r) {
    return new StepTotals(proved + r.count(StepVerdict.Proved.class),
        refuted + r.count(StepVerdict.Refuted.class), unknown + r.count(StepVerdict.Unknown.class),
        notChecked + r.count(StepVerdict.NotChecked.class));
  }
}
