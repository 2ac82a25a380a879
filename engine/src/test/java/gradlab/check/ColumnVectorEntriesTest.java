package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain of equations between column vectors written out ({@code bmatrix}), Parr and Howard's
 * vector chain rule, was "not checked: matrices and column vectors" as a whole, so a wrong entry
 * (2x/x for 2x/x²) was never found. Arrays are equal entry by entry: each entry's chain is now
 * checked, each link at the line of its right side's entry; a side that is not one written-out
 * array (a product of two) is still not read.
 */
@Timeout(120)
class ColumnVectorEntriesTest extends gradlab.symbolic.EngineFixture {
  private static String chain(String second) {
    return "We have\n"
        + "$$\\begin{bmatrix}\n"
        + "\tx + x\\\\\n"
        + "\tx x\\\\\n"
        + "\\end{bmatrix} = \\begin{bmatrix}\n"
        + "\t2x\\\\\n"
        + "\t" + second + "\\\\\n"
        + "\\end{bmatrix}$$\n";
  }

  @Test
  void equalEntriesAreProvedOneByOne() {
    CheckReport r = FixturePair.checkMarkdown(engine, chain("x^2"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongEntryIsRefutedAtItsOwnLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, chain("2x"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aProductOfTwoArraysIsNotReadEntryByEntry() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We have\n"
        + "$$\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}\\begin{bmatrix} x \\\\ y \\end{bmatrix}"
        + " = \\begin{bmatrix} x \\\\ 2y \\end{bmatrix}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void arraysOfDifferentShapesAreNotRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We have\n"
        + "$$\\begin{bmatrix} x & 2 \\end{bmatrix} = \\begin{bmatrix} x \\\\ 3 \\end{bmatrix}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
