package gradlab.cli;

/**
 * The closing line of a folder check, for a teacher marking a pile of submissions: how many were
 * read, how many have a refuted step, how many have none, how many could not be read. Each count
 * is written for its number (one file, 2 files) and a zero is said, never left out, so the line
 * is right whatever the pile.
 *
 * @param files every file named
 * @param refuted files with a refuted step
 * @param clean files read with no refuted step and every step decided
 * @param open files read with no refuted step but some step not decided
 * @param unread files that could not be read or held no formula
 */
record FolderTotals(int files, int refuted, int clean, int open, int unread) {

  String sentence() {
    return count(files, "file") + ": " + refuted + " with a refuted step, " + clean
        + " with every step decided and none refuted, " + open
        + " with none refuted but some step not decided, "
        + unread + " not read";
  }

  /**
   * The totals as a JSON object: the file counts of {@link #sentence}, the steps summed over the
   * files, and each refuted file's first wrong step (its line and the step as written).
   *
   * @param firstWrong one JSON object per file with a refuted step, in file order
   */
  String toJson(StepTotals steps, java.util.List<String> firstWrong) {
    return "{\"files\":" + files + ",\"filesWithARefutedStep\":" + refuted
        + ",\"filesEveryStepDecided\":" + clean + ",\"filesSomeStepNotDecided\":" + open
        + ",\"filesNotRead\":" + unread + ",\"proved\":" + steps.proved() + ",\"refuted\":"
        + steps.refuted() + ",\"unknown\":" + steps.unknown() + ",\"notChecked\":"
        + steps.notChecked() + ",\"firstWrongSteps\":[" + String.join(",", firstWrong) + "]}";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
