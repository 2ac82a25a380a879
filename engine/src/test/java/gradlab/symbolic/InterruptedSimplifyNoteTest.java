package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An evaluation stopped (Ctrl-C or its time limit) after a simplification inside it had already
 * given up leaves no "result left unsimplified" note: the console printed "error: evaluation
 * interrupted" and then that note about a result it never showed.
 */
class InterruptedSimplifyNoteTest extends EngineFixture {

  @Test
  @Timeout(60)
  void aStoppedEvaluationForgetsTheNoteAboutItsUnshownSimplification() throws Exception {
    engine.drainNotes();
    CountDownLatch noted = new CountDownLatch(1);
    Thread stopper = new Thread(() -> {
      try {
        noted.await(20, TimeUnit.SECONDS);
        engine.stopAndAwaitIdle(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    stopper.start();

    assertThatThrownBy(() -> engine.call(() -> {
      engine.note(BoundedSimplify.NOTE_START + "5000 ms; result left unsimplified");
      noted.countDown();
      Thread.sleep(30_000);
      return null;
    }, Duration.ofSeconds(40))).isInstanceOf(EvaluationTimeoutException.class);
    stopper.join(20_000);

    assertThat(engine.drainNotes()).noneMatch(n -> n.contains("unsimplified"));
  }

  @Test
  @Timeout(60)
  void aFinishedEvaluationKeepsTheNoteAboutItsUnsimplifiedResult() {
    engine.drainNotes();
    engine.call(() -> {
      engine.note(BoundedSimplify.NOTE_START + "5000 ms; result left unsimplified");
      return null;
    }, Duration.ofSeconds(10));

    assertThat(engine.drainNotes()).anyMatch(n -> n.contains("unsimplified"));
  }
}
