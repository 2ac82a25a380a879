package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.check.CheckReport;
import gradlab.check.DocumentChecker;
import gradlab.check.StepResult;
import gradlab.check.StepVerdict;
import gradlab.lab.Lab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checker on 40 derivations written after published texts (Nielsen, CS231n, d2l.ai,
 * Goodfellow, Parr &amp; Howard, the GELU, Swish, Adam, batch-norm, Glorot, He and VAE papers,
 * LSTM, RNN BPTT, a step-by-step backprop example) in their notation, from memory of the texts
 * rather than copied from them (docs/checker.md), each correct ({@code STEM.md}) and with one
 * planted error ({@code STEM.broken.md}, line in {@code expected.tsv}). Made by
 * {@code make_corpus.py} beside them. No true step may be refuted; the share of planted errors
 * named at their line and the share of claims decided must not fall below their floors. The
 * figures are written to {@code target/derivation-corpus-figures.txt}.
 */
@Timeout(900)
class PublishedDerivationCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/derivations/published");
  /**
   * Measured in this suite: 37 of 40 and 84 % on a loaded 2-core machine on 2026-11-30, 36 of 40
   * and 80.9 % in the whole suite after the merge on 2026-12-01, when a Symja call that ignored
   * its stop starved the steps after it. Since a stopped step stops the engine and numeric steps
   * and sampled comparisons no longer go through Symja (docs/checker.md): 40 of 40 and 89.2 %
   * (load average 14 on 2 cores, 2026-12-01). The floors leave room for steps near the budget on
   * a loaded machine; the figures file names the planted errors that were missed.
   */
  private static final int LOCATED_FLOOR = 38;
  private static final double DECIDED_FLOOR = 0.86;

  private record Outcome(String file, CheckReport report, long millis) {}

  private static final List<Outcome> correct = new ArrayList<>();
  private static final List<Outcome> broken = new ArrayList<>();
  private static final List<Integer> plantedLines = new ArrayList<>();

  @BeforeAll
  static void checkEveryFile() throws Exception {
    // a generous step budget so that the verdicts do not depend on the machine's load; the
    // figures at the default 2 s budget are measured in docs/checker.md (8 s: CI-robust)
    DocumentChecker checker = new DocumentChecker(Lab.engine(),
        java.time.Duration.ofSeconds(8));
    // a cold engine's first proof takes seconds; warm it up outside every step's budget
    new DocumentChecker(Lab.engine(), java.time.Duration.ofSeconds(60)).checkText("warm-up",
        "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\n");
    for (String row : Files.readAllLines(DIR.resolve("expected.tsv"))) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t");
      correct.add(run(checker, f[0] + ".md"));
      broken.add(run(checker, f[0] + ".broken.md"));
      plantedLines.add(Integer.parseInt(f[1]));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/derivation-corpus-figures.txt"), figures(),
        StandardCharsets.UTF_8);
  }

  private static Outcome run(DocumentChecker checker, String file) throws Exception {
    long t0 = System.nanoTime();
    CheckReport r = checker.checkMarkdown(file, Files.readString(DIR.resolve(file)));
    return new Outcome(file, r, (System.nanoTime() - t0) / 1_000_000);
  }

  private static int located() {
    int n = 0;
    for (int k = 0; k < broken.size(); k++) {
      int want = plantedLines.get(k);
      if (broken.get(k).report().firstRefuted().map(StepResult::line).orElse(-1) == want) {
        n++;
      }
    }
    return n;
  }

  private static double decidedShare() {
    long claims = 0;
    long undecided = 0;
    for (List<Outcome> os : List.of(correct, broken)) {
      for (Outcome o : os) {
        for (StepResult s : o.report().steps()) {
          if (s.isClaim()) {
            claims++;
            boolean timedOut = s.verdict() instanceof StepVerdict.Unknown u
                && !u.reason().isEmpty();
            undecided += s.verdict() instanceof StepVerdict.NotChecked || timedOut ? 1 : 0;
          }
        }
      }
    }
    return 1 - (double) undecided / claims;
  }

  private static List<String> missed() {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < broken.size(); k++) {
      int want = plantedLines.get(k);
      var got = broken.get(k).report().firstRefuted().map(StepResult::line);
      if (got.orElse(-1) != want) {
        out.add(broken.get(k).file() + " (line " + want + ", named: " + got.map(String::valueOf)
            .orElse("none") + ", " + broken.get(k).millis() + " ms)");
      }
    }
    return out;
  }

  private static String figures() {
    List<Long> times = new ArrayList<>();
    correct.forEach(o -> times.add(o.millis()));
    broken.forEach(o -> times.add(o.millis()));
    times.sort(null);
    long falseRefuted = correct.stream().mapToLong(o -> o.report().count(
        StepVerdict.Refuted.class)).sum();
    return String.format(Locale.ROOT, "files %d correct + %d with one planted error%n"
        + "true steps refuted: %d%nplanted errors named at their line: %d of %d%n"
        + "claims decided (proved, refuted or unknown with samples): %.1f %%%n"
        + "time per file: median %d ms, max %d ms%nplanted errors missed: %s%n",
        correct.size(), broken.size(), falseRefuted, located(), broken.size(),
        100 * decidedShare(), times.get(times.size() / 2), times.get(times.size() - 1),
        missed());
  }

  @Test
  void noTrueStepOfAPublishedDerivationIsRefuted() {
    assertThat(correct).hasSize(40);
    for (Outcome o : correct) {
      assertThat(o.report().firstRefuted()).as(o.report().render()).isEmpty();
    }
  }

  @Test
  void plantedErrorsAreNamedAtTheirLineAtLeastAsOftenAsTheFloor() {
    assertThat(located()).as(figures()).isGreaterThanOrEqualTo(LOCATED_FLOOR);
  }

  @Test
  void everyBrokenFileNamesNoWrongStepBeforeThePlantedOne() {
    for (int k = 0; k < broken.size(); k++) {
      int want = plantedLines.get(k);
      CheckReport r = broken.get(k).report();
      assertThat(r.firstRefuted().map(StepResult::line).orElse(Integer.MAX_VALUE))
          .as(r.render()).isGreaterThanOrEqualTo(want);
    }
  }

  @Test
  void theShareOfClaimsDecidedDoesNotFall() {
    assertThat(decidedShare()).as(figures()).isGreaterThanOrEqualTo(DECIDED_FLOOR);
  }
}
