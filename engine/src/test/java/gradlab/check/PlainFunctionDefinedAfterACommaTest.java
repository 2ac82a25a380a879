package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "hswish(x) = x*relu6(x + 3)/6, relu6(u) = min(max(u, 0), 6)" (the hard-swish notes): a
 * function named by a word was declared only at the start of a line, so relu6 after the comma
 * was "unknown function 'relu6'" and every step using hswish "not checked: hswish is given a
 * definition on line 1 that cannot be read".
 */
@Timeout(300)
class PlainFunctionDefinedAfterACommaTest extends CheckFixture {
  private static final String DEFINITIONS =
      "hswish(x) = x*relu6(x + 3)/6, relu6(u) = min(max(u, 0), 6)\n";

  @Test
  void aWordFunctionDefinedAfterACommaIsRead() {
    CheckReport r = checkText("t.txt", DEFINITIONS + "hswish(1) = 4/6\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", DEFINITIONS + "relu6(7) = 6\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueOfItIsRefuted() {
    CheckReport r = checkText("t.txt", DEFINITIONS + "hswish(1) = 5/6\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    r = checkText("t.txt", DEFINITIONS + "relu6(7) = 7\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aCatalogueFunctionAfterACommaStaysTheCatalogues() {
    CheckReport r = checkText("t.txt", "g(x) = 2*x, softplus(x) = log(1 + exp(x))\nsoftplus(0) = 1\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
