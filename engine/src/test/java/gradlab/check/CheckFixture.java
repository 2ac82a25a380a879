package gradlab.check;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;

/** The engine fixture with what a checker test asks of a report: a document checked, a claim. */
public abstract class CheckFixture extends EngineFixture {
  /** {@code body} checked as a plain-text document named {@code name}, 10 s a step. */
  protected static CheckReport checkText(String name, String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText(name, body);
  }

  /** {@code body} checked as a Markdown document named {@code name}, 10 s a step. */
  protected static CheckReport checkMarkdown(String name, String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown(name, body);
  }

  /** The last claim on {@code line}; fails with the whole report where there is none. */
  protected static StepResult claimOnLine(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(r.render()));
  }
}
