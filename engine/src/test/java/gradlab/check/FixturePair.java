package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.SymbolicEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The checker's defect-named fixtures, {@code derivations/FOLDER/NAME.md} and its
 * {@code NAME.broken.md}: one place that reads them and states what a pair must show.
 */
final class FixturePair {
  private FixturePair() {}

  /** The report of one fixture file under {@code src/test/resources/derivations/folder}. */
  static CheckReport check(SymbolicEngine engine, String folder, String file) throws Exception {
    Path p = Path.of("src/test/resources/derivations", folder, file);
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown(file,
        Files.readString(p));
  }

  /** The report of a few lines of Markdown written in a test, at a 10 s step budget. */
  static CheckReport checkMarkdown(SymbolicEngine engine, String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", markdown);
  }

  /**
   * The true version has claims and no refuted step (and a proved one where
   * {@code mustProve}); the broken version has exactly one refuted step, at the planted line.
   */
  static void assertTrueStandsAndPlantedErrorAt(SymbolicEngine engine, String folder,
      String name, int plantedLine, boolean mustProve) throws Exception {
    CheckReport right = check(engine, folder, name + ".md");
    assertThat(right.steps().stream().filter(StepResult::isClaim)).as(right.render())
        .isNotEmpty();
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    if (mustProve) {
      assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isPositive();
    }
    CheckReport broken = check(engine, folder, name + ".broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().orElseThrow().line()).as(broken.render())
        .isEqualTo(plantedLine);
  }

  /** The report's last claim (a step checked, not a definition), failing with the report. */
  static StepResult lastClaim(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no claim\n" + r.render()));
  }
}
