import gradlab.check.CheckReport;
import gradlab.check.DocumentChecker;
import gradlab.check.StepResult;
import gradlab.check.StepVerdict;
import gradlab.lab.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

// The derivation checker over the published corpus and the seeds' worked solutions, one JVM,
// one file after the other, at the default (or given) step budget. Per file: time, verdict
// counts, first refuted line; then totals. Run through bench/checker_corpus.sh [step-seconds].
public class CheckerCorpus {
  record Row(String file, long ms, CheckReport r) {}

  public static void main(String[] a) throws Exception {
    Path root = Path.of(a[0]);
    Duration budget = a.length > 1 ? Duration.ofMillis((long) (Double.parseDouble(a[1]) * 1000))
        : DocumentChecker.DEFAULT_STEP_BUDGET;
    String other = System.getenv("CORPUS"); // another folder with STEM.md, STEM.broken.md, expected.tsv
    Path dir = other != null ? Path.of(other)
        : root.resolve("tests/src/test/resources/derivations/published");
    DocumentChecker checker = new DocumentChecker(Lab.engine(), budget);
    new DocumentChecker(Lab.engine(), Duration.ofSeconds(60)).checkText("warm-up",
        "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\n");
    List<Long> times = new ArrayList<>();
    java.util.Map<String, long[]> group = new java.util.TreeMap<>(); // claims, undecided, past budget
    java.util.Map<String, List<Long>> groupTimes = new java.util.TreeMap<>();
    long claims = 0, undecided = 0, falseRefuted = 0, located = 0, planted = 0, falseFiles = 0;
    System.out.printf(Locale.ROOT, "%-44s %8s %5s %5s %5s %5s %5s %s%n", "file", "ms", "✓", "✗",
        "?", "time", "–", "first ✗ line (want)");
    List<String[]> rows = new ArrayList<>();
    for (String row : Files.readAllLines(dir.resolve("expected.tsv"))) {
      if (!row.startsWith("#") && !row.isBlank()) {
        String[] f = row.split("\t");
        rows.add(new String[] {dir.resolve(f[0] + ".md").toString(), "correct"});
        rows.add(new String[] {dir.resolve(f[0] + ".broken.md").toString(), f[1]});
      }
    }
    if (a.length > 2) { // one file only, with its report
      CheckReport r = checker.checkMarkdown(a[2], Files.readString(Path.of(a[2])));
      System.out.println(r.render());
      System.exit(0);
    }
    try (var seeds = Files.list(root.resolve("../shared/seeds"))) {
      seeds.filter(p -> p.toString().endsWith(".txt")).sorted()
          .forEach(p -> rows.add(new String[] {p.toString(), "seed"}));
    }
    for (String[] f : rows) {
      Path p = Path.of(f[0]);
      long t0 = System.nanoTime();
      CheckReport r = checker.checkMarkdown(p.getFileName().toString(), Files.readString(p));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      times.add(ms);
      long time = 0, nc = 0, n = 0;
      for (StepResult s : r.steps()) {
        if (!s.isClaim()) continue;
        n++;
        boolean t = s.verdict() instanceof StepVerdict.Unknown u && !u.reason().isEmpty();
        time += t ? 1 : 0;
        nc += s.verdict() instanceof StepVerdict.NotChecked ? 1 : 0;
      }
      claims += n;
      undecided += time + nc;
      String g = f[1].equals("seed") ? "seeds' worked solutions" : "corpus " + dir.getFileName();
      long[] acc = group.computeIfAbsent(g, k -> new long[3]);
      acc[0] += n;
      acc[1] += time + nc;
      acc[2] += time;
      groupTimes.computeIfAbsent(g, k -> new ArrayList<>()).add(ms);
      int first = r.firstRefuted().map(StepResult::line).orElse(-1);
      long refuted = r.count(StepVerdict.Refuted.class);
      if (f[1].equals("correct")) {
        falseRefuted += refuted;
        falseFiles += refuted > 0 ? 1 : 0;
      } else if (!f[1].equals("seed")) {
        planted++;
        located += first == Integer.parseInt(f[1]) ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "%-44s %8d %5d %5d %5d %5d %5d %s%n", p.getFileName(), ms,
          r.count(StepVerdict.Proved.class), refuted, r.count(StepVerdict.Unknown.class) - time,
          time, nc, (first < 0 ? "-" : String.valueOf(first)) + (f[1].equals("correct")
              || f[1].equals("seed") ? "" : " (" + f[1] + ")"));
    }
    times.sort(null);
    System.out.printf(Locale.ROOT, "%nstep budget %s; %d files%n", budget, times.size());
    System.out.printf(Locale.ROOT, "time per file: median %d ms, max %d ms, total %.1f s%n",
        times.get(times.size() / 2), times.get(times.size() - 1),
        times.stream().mapToLong(Long::longValue).sum() / 1000.0);
    System.out.printf(Locale.ROOT, "claims not checked (incl. unknown (time)): %.1f %% (%d of %d)%n",
        100.0 * undecided / claims, undecided, claims);
    System.out.printf(Locale.ROOT, "true steps refuted (corpus correct files): %d in %d files%n",
        falseRefuted, falseFiles);
    System.out.printf(Locale.ROOT, "planted errors named at their line: %d of %d%n", located,
        planted);
    group.forEach((g, acc) -> {
      List<Long> ts = groupTimes.get(g);
      ts.sort(null);
      System.out.printf(Locale.ROOT, "%s: %d files, median %d ms, max %d ms; not checked %.1f %%"
          + " (%d of %d claims, %d of them past the budget)%n", g, ts.size(),
          ts.get(ts.size() / 2), ts.get(ts.size() - 1), 100.0 * acc[1] / acc[0], acc[1], acc[0],
          acc[2]);
    });
    long[] sides = checker.numericSideCounts();
    long[] trees = Lab.engine().treeUse();
    System.out.printf(Locale.ROOT, "numeric-step sides evaluated without Symja: %d, by Symja "
        + "(not read by the math parser): %d; proof sides sampled as trees: %d, not: %d%n",
        sides[0], sides[1], trees[0], trees[1]);
    System.exit(0);
  }
}
