package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.check.DocumentChecker;
import gradlab.lab.Lab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
 * figures are written to {@code target/derivation-corpus-figures.txt}. The derivations transcribed
 * from the texts themselves are {@link TranscribedDerivationCorpusTest}'s.
 */
@Timeout(900)
class PublishedDerivationCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/derivations/published");
  /**
   * Measured in this suite: 37 of 40 and 84 % on a loaded 2-core machine on 2026-11-30, 36 of 40
   * and 80.9 % in the whole suite after the merge on 2026-12-01 (39 of 40 and 89 % at 2 s in a
   * warm harness, docs/checker.md). Steps near the budget, and Symja calls that overrun it, make
   * these figures depend on the machine, so the floors are the lowest measurement; the figures
   * file names the planted errors that were missed.
   */
  private static final int LOCATED_FLOOR = 36;
  private static final double DECIDED_FLOOR = 0.80;

  private static DerivationCorpus corpus;

  @BeforeAll
  static void checkEveryFile() throws Exception {
    // a generous step budget so that the verdicts do not depend on the machine's load; the
    // figures at the default 2 s budget are measured in docs/checker.md (8 s: CI-robust)
    DocumentChecker checker = new DocumentChecker(Lab.engine(),
        java.time.Duration.ofSeconds(8));
    // a cold engine's first proof takes seconds; warm it up outside every step's budget
    new DocumentChecker(Lab.engine(), java.time.Duration.ofSeconds(60)).checkText("warm-up",
        "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\n");
    corpus = DerivationCorpus.check(checker, DIR);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/derivation-corpus-figures.txt"), corpus.figures(Set.of()),
        StandardCharsets.UTF_8);
  }

  @Test
  void noTrueStepOfAPublishedDerivationIsRefuted() {
    assertThat(corpus.correct()).hasSize(40);
    for (DerivationCorpus.Outcome o : corpus.correct()) {
      assertThat(o.report().firstRefuted()).as(o.report().render()).isEmpty();
    }
  }

  @Test
  void plantedErrorsAreNamedAtTheirLineAtLeastAsOftenAsTheFloor() {
    assertThat(corpus.located()).as(corpus.figures(Set.of()))
        .isGreaterThanOrEqualTo(LOCATED_FLOOR);
  }

  @Test
  void everyBrokenFileNamesNoWrongStepBeforeThePlantedOne() {
    for (int k = 0; k < corpus.broken().size(); k++) {
      DerivationCorpus.Outcome o = corpus.broken().get(k);
      assertThat(DerivationCorpus.firstRefutedLine(o, Integer.MAX_VALUE))
          .as(o.report().render()).isGreaterThanOrEqualTo(corpus.plantedLines().get(k));
    }
  }

  @Test
  void theShareOfClaimsDecidedDoesNotFall() {
    assertThat(corpus.decidedShare()).as(corpus.figures(Set.of()))
        .isGreaterThanOrEqualTo(DECIDED_FLOOR);
  }
}
