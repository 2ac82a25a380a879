package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Words of a sentence read as factors of a formula ("f(x) = x^2 the square") made f
 * x²·the·square, and the true f′(x) = 2x was refuted at the = 0.3: never a ✗. A refutation whose
 * point holds no such word stands.
 */
@Timeout(300)
class SentenceReadAsFactorsTest extends CheckFixture {

  @Test
  void aRefutationAtAFunctionWordIsNotChecked() {
    CheckReport r = checkText("t.txt", "f(x) = x^2 the square\n\nf'(x) = 2x\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict()
        instanceof StepVerdict.Refuted);
  }

  @Test
  void aRefutationWithoutOneStands() {
    CheckReport r = checkText("t.txt", "f(x) = x^2 sq\n\nf'(x) = 3x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
    // two letters are a subscripted name's engine form (a_n is an, a_t at)
    assertThat(ProseNamesGuard.FUNCTION_WORDS).doesNotContain("a", "x", "loss", "grad", "net",
        "an", "at", "in", "is", "of", "by");
  }

  @Test
  void aQuantityNamedInWordsStaysFree() {
    // "a = its logit" had defined a as its·logit, then "a is defined in a way not read"
    String named = "D = sigma(a), a = its logit\n\n";
    CheckReport r = checkText("t.txt", named + "diff(log(1 - sigma(a)), a) = sigma(a)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    r = checkText("t.txt", named + "diff(log(1 - sigma(a)), a) = -sigma(a)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void everyWordKeptOutOfADefinitionIsAlsoGuardedAtARefutation() {
    assertThat(ProseNamesGuard.FUNCTION_WORDS).containsAll(ProseNamesGuard.IN_A_FORMULA_WORDS);
  }
}
