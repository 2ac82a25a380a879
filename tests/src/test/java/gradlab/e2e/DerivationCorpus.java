package gradlab.e2e;

import gradlab.check.CheckReport;
import gradlab.check.DocumentChecker;
import gradlab.check.StepResult;
import gradlab.check.StepVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One folder of derivations, each correct ({@code STEM.md}) and with one planted error
 * ({@code STEM.broken.md}), listed in the folder's {@code expected.tsv} (stem, line of the planted
 * error, source), checked file by file; and the figures the corpus tests assert and print.
 *
 * @param correct the correct files' outcomes, in the order of expected.tsv
 * @param broken the broken files' outcomes, in the same order
 * @param plantedLines the line of each broken file's planted error
 */
record DerivationCorpus(List<Outcome> correct, List<Outcome> broken, List<Integer> plantedLines) {

  /**
   * One file's report, the wall time its check took, and whether the algebra engine was
   * restarted during it (a computation that did not hear its stop; later steps are undecided).
   */
  record Outcome(String stem, String file, CheckReport report, long millis, boolean restarted) {}

  /** Checks every pair listed in {@code dir/expected.tsv} with {@code checker}. */
  static DerivationCorpus check(DocumentChecker checker, Path dir) throws Exception {
    List<Outcome> correct = new ArrayList<>();
    List<Outcome> broken = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (String row : Files.readAllLines(dir.resolve("expected.tsv"))) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t");
      correct.add(run(checker, dir, f[0], f[0] + ".md"));
      broken.add(run(checker, dir, f[0], f[0] + ".broken.md"));
      lines.add(Integer.parseInt(f[1]));
    }
    return new DerivationCorpus(List.copyOf(correct), List.copyOf(broken), List.copyOf(lines));
  }

  private static Outcome run(DocumentChecker checker, Path dir, String stem, String file)
      throws Exception {
    long t0 = System.nanoTime();
    int generation = gradlab.lab.Lab.engine().generation();
    String text = Files.readString(dir.resolve(file));
    // as `gradlab check` reads it: a .md file without math is the plain-text format
    CheckReport r = gradlab.check.DocumentFormat.isMarkdown(text) ? checker.checkMarkdown(file,
        text) : checker.checkText(file, text);
    return new Outcome(stem, file, r, (System.nanoTime() - t0) / 1_000_000,
        gradlab.lab.Lab.engine().generation() != generation);
  }

  /** The line of the first step a report refutes, or {@code orElse} when none is refuted. */
  static int firstRefutedLine(Outcome o, int orElse) {
    return o.report().firstRefuted().map(StepResult::line).orElse(orElse);
  }

  /**
   * The last line of the first step a report refutes (a step written over several lines, an
   * eqnarray row whose right side goes on, ends there), or {@code orElse} when none is refuted.
   */
  static int firstRefutedLastLine(Outcome o, int orElse) {
    return o.report().firstRefuted().map(s -> s.line() + (int) (s.lhs() + s.rhs()).chars()
        .filter(c -> c == '\n').count()).orElse(orElse);
  }

  /** Whether the first refuted step is the planted one: it starts at or spans its line. */
  static boolean locates(Outcome o, int planted) {
    return firstRefutedLine(o, -1) <= planted && planted <= firstRefutedLastLine(o, -1);
  }

  /** How many planted errors are named as the first wrong step, at their line. */
  int located() {
    int n = 0;
    for (int k = 0; k < broken.size(); k++) {
      n += locates(broken.get(k), plantedLines.get(k)) ? 1 : 0;
    }
    return n;
  }

  /** The share of claims proved, refuted or unknown with samples (not timed out, checked). */
  double decidedShare() {
    long claims = 0;
    long undecided = 0;
    for (List<Outcome> os : List.of(correct, broken)) {
      for (Outcome o : os) {
        for (StepResult s : o.report().steps()) {
          if (s.isClaim()) {
            claims++;
            boolean timedOut = s.verdict() instanceof StepVerdict.Unknown u
                && u.undecided();
            undecided += s.verdict() instanceof StepVerdict.NotChecked || timedOut ? 1 : 0;
          }
        }
      }
    }
    return claims == 0 ? 0 : 1 - (double) undecided / claims;
  }

  /** The correct files in which some true step is refuted, with the line of the first. */
  List<String> falseRefutations() {
    List<String> out = new ArrayList<>();
    for (Outcome o : correct) {
      o.report().firstRefuted().ifPresent(s -> out.add(o.file() + " (line " + s.line() + ")"));
    }
    return out;
  }

  /** The broken files whose planted error is not named first, with what was named. */
  List<String> missed() {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < broken.size(); k++) {
      Outcome o = broken.get(k);
      int got = firstRefutedLine(o, -1);
      if (!locates(o, plantedLines.get(k))) {
        out.add(o.file() + " (line " + plantedLines.get(k) + ", named: "
            + (got < 0 ? "none" : String.valueOf(got)) + ", " + o.millis() + " ms)");
      }
    }
    return out;
  }

  /** The files during which the engine restarted, by name (none: an empty list). */
  List<String> restarted() {
    List<String> names = new ArrayList<>();
    correct.stream().filter(Outcome::restarted).forEach(o -> names.add(o.file()));
    broken.stream().filter(Outcome::restarted).forEach(o -> names.add(o.file()));
    return names;
  }

  /** The figures, one per line, for the figures file and for assertion messages. */
  String figures(Set<String> quarantined) {
    List<Long> times = new ArrayList<>();
    correct.forEach(o -> times.add(o.millis()));
    broken.forEach(o -> times.add(o.millis()));
    times.sort(null);
    long falseRefuted = correct.stream().mapToLong(o -> o.report().count(
        StepVerdict.Refuted.class)).sum();
    StringBuilder perFile = new StringBuilder();
    for (int k = 0; k < correct.size(); k++) {
      Outcome c = correct.get(k);
      Outcome b = broken.get(k);
      perFile.append(String.format(Locale.ROOT, "  %-42s correct: %s, %d ms; broken: planted"
          + " line %d, named %s, %d ms%s%n", c.stem(), c.report().firstRefuted().map(s ->
          "REFUTED line " + s.line()).orElse("no step refuted"), c.millis(),
          plantedLines.get(k), firstRefutedLine(b, -1) < 0 ? "none"
              : String.valueOf(firstRefutedLine(b, -1)), b.millis(),
          quarantined.contains(c.stem()) ? " [quarantined]" : ""));
    }
    return String.format(Locale.ROOT, "files %d correct + %d with one planted error%n"
        + "true steps refuted: %d, in %s%nplanted errors named at their line: %d of %d%n"
        + "claims decided (proved, refuted or unknown with samples): %.1f %%%n"
        + "time per file: median %d ms, max %d ms%nfiles during which the engine restarted: %s%n"
        + "planted errors missed: %s%nper file:%n%s",
        correct.size(), broken.size(), falseRefuted, falseRefutations(), located(),
        broken.size(), 100 * decidedShare(), times.get(times.size() / 2),
        times.get(times.size() - 1), restarted(), missed(), perFile);
  }
}
