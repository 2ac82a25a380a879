package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The corpus of true and broken derivations. The false-refutation rate over the true ones must
 * be zero, and every broken one must be refuted.
 */
@Timeout(300)
class DerivationCorpusTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    Path p = Path.of("src/test/resources/derivations", file);
    // a generous step budget: these tests are about what the prover decides, not about time
    return new DocumentChecker(engine, java.time.Duration.ofSeconds(60)).checkText(file,
        Files.readString(p));
  }

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @Test
  void trueDerivationsAreNeverRefutedAndMostlyProved() throws Exception {
    CheckReport r = check("true-derivations.txt");
    List<StepResult> claims = claims(r);
    assertThat(claims).hasSizeGreaterThanOrEqualTo(15);
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(
        claims.size() - 2);
  }

  @Test
  void widthIdentityIsProvedWhereZeroTestsSayNotEqual() throws Exception {
    // radical elimination takes longer than the default step budget on a cold JVM
    Path p = Path.of("src/test/resources/derivations", "width-identity.txt");
    CheckReport r = new DocumentChecker(engine, java.time.Duration.ofSeconds(120)).checkText(
        "width-identity.txt", Files.readString(p));
    assertThat(claims(r)).singleElement().extracting(StepResult::verdict)
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void everyBrokenVariantIsRefutedWithACounterexample() throws Exception {
    CheckReport r = check("broken-variants.txt");
    List<StepResult> claims = claims(r);
    // the tanh chain's first step is true; every other claim is broken
    List<StepResult> broken = claims.stream()
        .filter(s -> !(s.lhs().startsWith("D(tanh(x), x)"))).toList();
    assertThat(broken).hasSize(9);
    assertThat(broken).allSatisfy(s -> assertThat(s.verdict()).as(s.lhs() + " = " + s.rhs())
        .isInstanceOf(StepVerdict.Refuted.class));
    assertThat(claims.stream().filter(s -> s.lhs().startsWith("D(tanh(x), x)")).findFirst()
        .orElseThrow().verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void roundingToleranceFollowsTheDigitsWritten() {
    StepChecker c = new StepChecker(engine);
    CheckContext ctx = CheckContext.empty();
    assertThat(c.check(ctx, "0.9002", Relation.APPROX, "0.9")).isInstanceOf(
        StepVerdict.Proved.class);
    assertThat(c.check(ctx, "0.4477", Relation.APPROX, "0.45")).isInstanceOf(
        StepVerdict.Proved.class);
    assertThat(c.check(ctx, "0.4477", Relation.APPROX, "0.44")).isInstanceOf(
        StepVerdict.Refuted.class);
    assertThat(c.check(ctx, "0.4477", Relation.APPROX, "0.43")).isInstanceOf(
        StepVerdict.Refuted.class);
  }

  @Test
  void jsonReportCarriesVerdictsAndTheFirstWrongLine() throws Exception {
    String json = check("broken-variants.txt").toJson();
    assertThat(json).startsWith("{\"source\":\"broken-variants.txt\"").contains(
        "\"verdict\":\"refuted\"").contains("\"firstRefutedLine\":3");
  }
}
