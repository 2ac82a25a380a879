package gradlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.check.DocumentChecker;
import gradlab.lab.Lab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checker on derivations transcribed from the published texts themselves (issue 12): Nielsen
 * ch. 2, 3 and 5 (from the book's source), the CS231n notes (from their repository), Mazur's
 * step-by-step example, Parr &amp; Howard, Goodfellow et al., the GELU, Swish, Adam,
 * batch-norm, Glorot, He and VAE papers, Olah's LSTM post, d2l (BPTT, softmax regression,
 * Xavier initialization, activations, the Gaussian likelihood, momentum, RMSProp, gradient
 * descent, dropout, the calculus primer) and CS231n's softmax, loss-function and backprop-derivation notes, in the
 * authors' notation ({@code eqnarray} with {@code & = &} and tags, {@code *} products,
 * {@code sin} without a backslash, {@code \mathcal} subscripts, E[·], Σ to n). Each file names
 * its source in a header comment; {@code make_transcribed.py} writes the pairs and
 * {@code expected.tsv}. Unlike {@link PublishedDerivationCorpusTest}'s corpus, these were not
 * written in notation the reader already knows, so they measure what it still misreads. The
 * figures go to {@code target/derivation-corpus-transcribed-figures.txt}.
 */
@Timeout(900)
class TranscribedDerivationCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/derivations/transcribed");

  /**
   * Correct files in which the checker refutes a true step, measured on 2026-12-01, with the
   * reason. Each stays here, and stays in the corpus unchanged, until the checker passes it:
   * {@link #everyQuarantinedFileStillRefutesATrueStep} fails then, so that the entry is removed.
   */
  static final Map<String, String> QUARANTINE = Map.of();
  // emptied by the reader's second round (sin/tanh in plain letters, \mu_\mathcal{B}, …);
  // held18's ArcFace file (c = 0.8 of c = cos θ refuted at θ = 1.83) left it with ValueFixedNames

  /**
   * Floors: below the lowest of this suite's measurements (17 of 38 located, 28.8 % decided on
   * 2026-12-01, before the reader's second round; 20 of 38 and 33.0 % after it; 24 of 38 and
   * 36.9 % after eqnarray rows, \hspace/arrow-separated statements and functions of two
   * arguments were read; 27 of 38 and 39.2 % on 2026-12-01 04:44 UTC after Σ/Π with symbolic
   * bounds were written out for n = 1…5 and σ with a subscript was read as a quantity (branch
   * chk-sum); 25 of 38 and 40.5 % at 05:02 UTC after definitions through ∂, values computed
   * earlier, comma-separated formulas and update rules were read (branch chk-doc); 28 of 38
   * and 43.5 % at 05:30 UTC with both merged, the second new user's readings (\hat y, \max_z,
   * a constant side = 0, inline claims after "then") added; 31 of 38 and 47.3–48.2 % in four
   * runs 06:57–07:40 UTC (the share moves with the machine's load: steps near the budget)
   * after Nielsen's index notation was read (Σ_x over training inputs, Σ_w over the weights and
   * Σ_j in definitions written out with the steps, learning rules with →, ∂C₀/∂w of an
   * undefined cost; branch chk-idx; 30 of the 31 at the exact line, the other a step over
   * lines 29–31 that spans its planted line 31); docs/checker.md has the figures). The located count excludes nothing: a quarantined file's
   * false refutation precedes its planted error, so it is not located.
   */
  // after merging chk-prob, chk-trust, chk-idx, chk-read and chk-nc (2026-12-01 08:05 UTC,
  // quiet machine): 0 true steps refuted, 35 of 38 located, 65.2 % decided, median 33 ms, max
  // 7.9 s per file (the suite's 8 s step budget); floors just below, the decided share moving
  // by a point or two with the machine's load (steps near the budget)
  // with d2l's and CS231n's 12 pairs added (chk-corpus, 2026-12-01 09:45 UTC, load average 9;
  // 50 pairs): 0 true steps refuted, 39 of 50 located, 53.7 % decided (55.0 % at 49 pairs) —
  // the new files are hard (∂_{o_j}, a slash ∂L/∂f, \mid, ⊙, transposes, Σ to n_in, → between
  // vectors, D f(x)), so the decided floor was lowered from 0.62 to 0.51 for them; the located
  // floor is unchanged
  // after earlier claims were taken as premises and the chain rule through an undefined
  // quantity was named (branch chk-prem, 2026-12-01 09:45 UTC, load average about 8): 0 true
  // steps refuted, 37 of 38 located, 67.4 % decided
  // all branches merged (premises, inequalities and assumptions, calculus notation, Unicode
  // input, indexed facts; 2026-12-01 10:35 UTC, quiet machine): 0 true steps refuted, 41 of 50
  // located, 58.8 % decided
  // with the 11 held-out pairs of branch chk-corpus5 (Nielsen ch. 1-3, CS231n's SVM gradient,
  // Parr & Howard's partials, arrays and vector chain rule; 61 pairs, 2026-12-01 13:03 UTC, load
  // about 8): 0 true steps refuted, 43 of 61 located (the old 50: 41, as before), 53.4 %
  // decided. The new files are hard: 34.8 % of their claims decided when first checked
  // (matrices, transposes, Σ_{j≠y_i}, ∇C without variables, array rows), so the decided floor
  // was lowered from 0.56 to 0.52 for them; the located floor is unchanged
  // all of this session's branches merged (generic functions, index families and recurrences,
  // element-wise vectors, conditions; 2026-12-01 13:37 UTC, load about 2): 0 true steps refuted,
  // 47 of 61 located, 59.5 % decided; floors raised just below
  // with the 12 held-out pairs of branch chk-corpus6 (d2l 5.3, weight decay, linear
  // regression, attention, Adagrad, clipping, convexity, log-sum-exp; CS231n's gradient checks
  // and dropout; Parr & Howard's bias gradient; Nielsen's algorithm box; 73 pairs, 2026-12-01
  // 16:05 UTC, load about 8): 0 true steps refuted, 49 of 73 located (47 of the old 61, as
  // before), 53.1 % decided. The new files are hard: 9 of the 70 claims of their correct files
  // decided (vectors and matrices, d2l's prod(·,·), update rules, cases), so the decided floor
  // was lowered from 0.57 to 0.52 for them; the located floor was raised to 48
  // After the merges of the sixth session (layered networks, the matrix reading, vector arrow
  // chains, moments in words, total derivatives, a new user's findings; 2026-12-01 16:30 UTC):
  // 0 true steps refuted, 57 of 73 located, 56.8 % decided; the floors are one below that
  // With the 12 held-out pairs of branch chk-corpus7 (d2l's mathematics appendix and Adam,
  // Karpathy, 3Blue1Brown, a softmax-Jacobian answer, a computation-graph lecture note,
  // ml-journey; 85 pairs, 2026-12-01 19:03 UTC, load about 13) and its three reader fixes: 0 true
  // steps refuted, 64 of 85 located (57 of the old 73, as before, and 7 of the new 12), 54.9 %
  // decided. The new files are hard (P(X \mid θ), ∂_j, second derivatives, Σ to ∞, arrows
  // of a nudge read as implications, prose values), so the decided floor was lowered from 0.55
  // to 0.54 for them; the three fixes change only steps that were refused before. The located
  // floor was raised to 63. After the seventh session's merges: 68 of 85 located, 55.5 %
  // decided; floors 66 and 0.55. The eighth held-out round (chk-corpus8: Olah, d2l's random
  // variables and distributions, CS231n's L2 example, Nielsen ch. 1 (16)-(21) and ch. 2
  // (47)-(53), aman.ai, a CS229 note, a micrograd note; 96 pairs, 2026-12-01 22:28 UTC, load
  // about 16) with its two fixes: 0 true steps refuted, 70 of 96 located (2 of the new 11),
  // 54.0 % decided. The new files are hard (integrals of a density by cases, Σ with symbolic
  // bounds, update rules, numbers in prose, d2l's \big{(}, plain-text "= …" lines), so the
  // decided floor was lowered from 0.55 to 0.53 for them; the located floor is unchanged.
  // After the eighth session's merges (22:43 UTC, quiet machine): 0 refuted, 73 of 96 located,
  // 59.1 % decided; floors raised to 71 and 0.57. Branch nc9 (ninth session, 2026-12-02 01:27
  // UTC, load about 17): a layered family's first display and d2l's \hat y_j family read as
  // definitions; 0 refuted, 73 of 96 located, 60.0 % decided; the decided floor raised to 0.59.
  // Branch miss9a (ninth session, finite differences, weight decay past an ended λ = 0):
  // 0 refuted, 75 of 96 located, 59.4 % decided; the located floor raised to 75.
  // Branch miss9b (tuple points, self products p(1 - p), plain-text '= …' rows): 76 of 96 on its own
  // The ninth held-out round (held9: Nielsen ch. 1
  // and 5, Goodfellow 5.4.2, 5.5.1, 6.2.2.3, 7.1.1, He's backward case, Parr and Howard's weight
  // gradient, CS231n's SVM-vs-softmax figure, Britz's BPTT, the KL of two Gaussians; 108 pairs,
  // 2026-12-02 01:31 UTC, load about 16) with its four fixes: 0 true steps refuted, 78 of 108
  // located (the old 96: 73, as before; the new 12: 4 before any change, 5 after), 54.8 %
  // decided. The new files are hard (E[·] of Σ with symbolic bounds, bias(·), Σ over x^{(i)},
  // update rules of bold vectors, norms, cases inside sums, ∂s_3/∂s_1 of a recurrence), so the
  // decided floor was lowered from 0.57 to 0.54 for them; the located floor was raised to 76
  // After the ninth session's merges (2026-12-02 02:06 UTC, quiet machine): 0 refuted, 83 of
  // 108 located, 55.9 % decided; floors raised to 81 and 0.55 (timing near the budget moves the
  // decided share by a few tenths). After the tenth session's merges (2026-12-02 04:53 UTC,
  // quiet machine; 120 pairs with held10's twelve): 0 refuted, 95 of 120 located, 55.9 %
  // decided; the located floor raised to 95
  // held11 with its three fixes (2026-12-02 07:46 UTC, load about 16; 132 pairs): 0 true steps
  // refuted, 99 of 132 located (the old 120: 95, unchanged; the new 12: 4), 52.2 % decided
  // The twelfth held-out round (held12: Bishop 3.1.1, 4.3.2, 4.3.4, Learned-Miller, Parr and
  // Howard's sum reduction, label smoothing, weight norm, Nielsen's Hessian step, and students'
  // Huber, softplus, KL-Bernoulli and GELU-tanh notes; 144 pairs, 2026-12-02 10:46 UTC, load
  // about 30): 0 true steps refuted, 106 of 144 located (the old 132: 102; the new 12: 4),
  // 49.7 % decided; the located floor raised to 106
  // After the twelfth session's merges (11:08 UTC, 144 pairs, load falling from 20): 0 true
  // steps refuted, 110 of 144 located, 51.4 % decided; floors raised to 110 and 0.51
  // held13 with its three fixes (156 pairs, 14:00 UTC, load about 20): 0 true steps refuted,
  // 115 of 156 located (the new 12: 5), 50.2 % decided; floors 115 and 0.50. After the
  // thirteenth session's merges (14:43 UTC, quiet machine): 0 refuted, 116 of 156, 50.8 %.
  // miss14a's extremum in words (17:16 UTC, load about 22): 0 refuted, 118 of 156, 51.0 %;
  // with its word-indexed plain names and Σ-defined variances (17:41 UTC): 120 of 156, 51.6 %
  // held14's thirteen with the fourteenth session's fixes (169 pairs, clean-clone CI 2026-12-02
  // 20:52 UTC): 0 refuted, 127 of 169 located, 50.7 % decided; floor 127
  // After the sixteenth and seventeenth rounds' merges (205 pairs, 2026-12-04 07:16 UTC, a
  // clean-clone CI running beside it): 0 refuted, 163 of 205 located, 50.6 % decided; floor 163.
  // Then plain-text conditions in words stopped being read as names (07:41 UTC): 162 of 205,
  // 50.6 %: glorot-softsign-derivative-ascii's "for x < 0: d/dx x/(1 - x) = …" had been ✗ at
  // x = 0.50, a point outside its own condition; it is not checked now, so the floor is 162
  // After the eighteenth round's merges (229 pairs with held18's and held18b's twelve each,
  // 2026-12-04 10:53 UTC): 0 refuted, 184 of 229 located (the old 205: 163, glorot-softsign
  // again, soundly inside its condition), 52.6 % decided; floor 184
  // After the nineteenth round's merges (241 pairs with held19's twelve, 2026-12-04 14:55 UTC):
  // 0 refuted, 197 of 241 located (the old 229: 186, miss19's two; held19's: 11), 53.5 %
  // decided; floor 197
  // After the second wave (253 pairs with held19b's twelve, 15:43–15:52 UTC): 0 refuted, 206 of
  // 253 (the old 241: 197, miss19b's warmup note in, held19b's exponential-family A(η) out;
  // held19b's: 9), 54.0 % decided; floor 205, one below, as a margin for a step decided near
  // its time budget on a loaded CI machine
  // Twentieth round: clean-clone CI of the first wave's merge (265 pairs with held20's twelve,
  // 2026-12-04 19:44 UTC): 0 refuted, 218 of 265 (held20's: 12), 54.0 % decided; held20b's
  // branch with its four pairs: 221 of 269, 53.9 %; floor 220, one below
  // Twenty-first round, first wave merged (281 pairs with held21's twelve, 22:33–22:48 UTC on
  // main): 0 refuted, 232 of 281 (the old 269: 222, miss21's softplus-second-derivative-engine;
  // held21's: 10), 54.8 % decided; floor 231, one below
  // Second wave merged (293 pairs with held21b's twelve; its branch: 242 of 293, 54.3 %; vec21
  // and cases21 each 232 of 281 and 55.3 % / 55.0 %): floor 240, two below, set before the
  // round's final clean-clone CI measured the merge
  // Twenty-fourth round, miss24 (2026-12-05 13:47–13:55 UTC, shared 2-core machine): the later
  // links of a chain headed by an unread function definition checked: 246 of 293 (d2l's
  // exponential-family A(η) located), 0 refuted, 55.8 % decided; floor 244, two below
  // Twenty-fifth round, miss25 (2026-12-05, 305 pairs after the merge: 258 located at the
  // start): a function defined through its logarithm (Goodfellow's \log p(w) = …) located one;
  // 259 of 305, 0 refuted, 56.3 % decided; floor 257, two below. The round's five branches
  // merged (319 pairs with held25's eight and user38's six; clean-clone CI of 93a16bbe,
  // 2026-12-05 19:25–19:39 UTC): 0 refuted, 272 of 319, 56.7 % decided; floor 270, two below
  // Twenty-eighth round, miss28 (2026-12-06 03:24–03:37 UTC, shared 2-core machine): a call at
  // a function's own index, Szegedy's q'(k), read as its body: 299 of 346, 0 refuted, 57.7 %
  // decided; with σ_N² checked from its reciprocal (Bishop's 2.142; 03:52–04:11 UTC): 300 of
  // 346, 0 refuted, 57.7 % decided; floor 298, two below
  // Twenty-ninth round, miss29 (2026-12-06 06:35–06:45 UTC, shared 2-core machine): a name with
  // an unread definition used only as a coefficient checked free (Hastie's p, Salimans' a and
  // b, Bishop's a): 316 of 359, 0 refuted, 58.4 % decided; with d/dG of an unread G (NCE;
  // 06:48–06:57 UTC): 317 of 359, 0 refuted, 58.4 % decided; floor 315, two below
  // Thirtieth round, merged (held30, miss30, nc30, tidy30, user43, lead; 10:40–10:48 UTC): 340
  // of 386, 0 refuted, 60.2 % decided; floor 338, two below
  // Thirty-second round, miss32 (a hard sigmoid read through clip; a step refuted with the
  // text's σ and the catalogue's alike): 356 of 400, 0 refuted; floor 354, two below
  // Thirty-second round, user45 (17:41–18:03 UTC, shared 2-core machine at load 26): six new
  // pairs typed as students type: 361 of 406, 0 refuted, 61.0 % decided; floor 359, two below
  // Thirty-second round, merged (held32, miss32, nc32, tidy32, user45, lead; 18:25–18:36 UTC):
  // 368 of 414, 0 refuted, 61.9 % decided; floor 366, two below
  // Thirty-third round, miss33 (a point whose value is stated in words ends with its sentence;
  // a bare name at the end of a claim is a premise quantity; 20:54–21:09 UTC, load 18 on two
  // cores): 370 of 414, 0 refuted, 62.0 % decided; floor 368, two below
  // Thirty-third round, user46 (six new pairs): 374 of 420, 0 refuted, 62.7 % decided
  // Thirty-third round, held33 (21:12–21:30 UTC, load 20 on two cores): eight new held-out pairs
  // and three fixes: 375 of 422, 0 refuted, 61.8 % decided
  // Thirty-third round, merged (held33, vec33, miss33, nc33, user46, lead; 21:53–22:04 UTC):
  // 383 of 428, 0 refuted, 62.9 % decided; floor 381, two below
  // Thirty-fourth round, miss34a (23:47–00:14 UTC, load 15–20 on two cores): ∂C/∂aᴸⱼ of a cost
  // written without its layer: 384 of 428, 0 refuted, 62.9 % decided; floor 382, two below
  // Thirty-fourth round, miss34c (00:15 UTC, load 17 on two cores): 385 of 428, 0 refuted,
  // 63.0 % decided; floor 383, two below
  // Thirty-fourth round, miss34b (a swapped matrix entry, W_{3,7} for W_{7,3}; 23:54–00:12 UTC,
  // load 17–19 on two cores): 384 of 428, 0 refuted, 62.9 % decided; floor 382, two below
  // Thirty-fourth round, user47 (six new pairs typed in Unicode and as answer keys with tables of
  // given values; every planted error located when checked alone): floor 387, two below 389
  // Thirty-fourth round, held34 (eight new held-out pairs, two fixes; 23:56–00:18 UTC, load 19
  // on two cores): 389 of 436, 0 refuted, 63.2 % decided; floor 387, two below
  // Thirty-fourth round, merged (miss34a, miss34b, miss34c, user47, held34, lead; 01:09–01:20
  // UTC): 399 of 442, 0 refuted, 64.1 % decided; floor 397, two below
  // Thirty-fifth round, miss35b (∂ ln π/∂σ through the policy's definition; Sutton and Barto
  // located): floor 398, two below 400
  // Thirty-fifth round, miss35c (whole-number rows in a code block, a table of element-wise
  // Jacobians; 03:10–03:44 UTC, load 13–28): 401 of 442, 0 refuted, 64.5 % decided; floor 399
  // Thirty-fifth round, user48 (six new pairs, a teacher's LaTeX and a student's notebook; 03:31–
  // 03:54 UTC, load ~23 on two cores): 405 of 448, 0 refuted, 64.5 % decided; floor 403, two below
  // Thirty-fifth round, held35 (eight new held-out pairs, three fixes; 03:32–03:49 UTC, load 22–24
  // on two cores): 405 of 450, 0 refuted, 64.1 % decided; floor 403, two below
  // Thirty-fifth round, merged (miss35a, miss35b, miss35c, user48, held35, lead; 04:00–04:13
  // UTC): 413 of 456, 0 refuted, 64.9 % decided (focal-loss then missed: fixed after; 414 expected)
  // Thirty-sixth round, held36 (eight new held-out pairs, three fixes; 06:34–06:55 UTC, load
  // ~25 on two cores): 422 of 464, 0 refuted, 64.9 % decided; floor 420, two below
  // Thirty-sixth round, phone36 (plain-text families, six user49 pairs; 06:39–07:00 UTC, load
  // 14–17 on two cores): 421 of 462, 0 refuted, 65.1 % decided; floor 419, two below
  // Thirty-sixth round, merged (sigma36, phone36, update36, miss36, held36, lead; 07:16–07:36
  // UTC): 433 of 470, 0 refuted, 65.3 % decided; floor 431, two below
  private static final int LOCATED_FLOOR = 431;
  // The eleventh held-out round (held11: Johnson's linear-layer notes, raw.org's log-sum-exp
  // proof, the focal loss, Goodfellow 7.1.2, CS229's logistic regression, Nielsen's softmax
  // monotonicity, BN's scale and shift, Greff's LSTM deltas, PReLU, Ng's da/dz, PRML 5.3.2,
  // AdaMax; 132 pairs): 21 % of the new correct files' claims decided when first checked
  // (pmatrix entries, arrays of ⇔ rows, \text{FL}(p_t), θ^T x, cases, δ-vectors), so the decided
  // floor was lowered from 0.55 to 0.52 for them. Branch nc12 (twelfth session, load about 30):
  // 0 refuted, 102 of 132 located, 53.4 % decided with Greff's vectors x^t read.
  // held12's new files are hard (25 % of their correct files' claims decided at the CLI:
  // vectors inside \mathcal{N}, ∇ of vector parameters, x_7 past the sizes written out, plain
  // text cases): on 144 pairs 50.3 % decided (main, 11:01 UTC), so the floor is 0.49 for them
  // held13's twelve (156 pairs) are hard for the reader (35 % of their correct files' claims
  // decided at the CLI before fixes), so the floor is 0.49 for them
  // Branch nc14 (fourteenth session, load about 24): 0 refuted, 51.3 % decided; floor 0.51
  // held14's thirteen (169 pairs) are hard for the reader (69.1 % of their correct files'
  // claims not checked at the CLI before fixes): 50.7 % decided on the clean-clone CI, so the
  // floor is 0.50 for them
  // held16's and held17's twelve each (205 pairs) decide about 40 % of their claims; 50.6 % on
  // main after the seventeenth round's merges, so the floor stays 0.50
  // 52.6 % after the eighteenth round's merges (229 pairs); floor 0.52
  // 53.5 % after the nineteenth round's first merges (241 pairs); floor 0.53; 54.0 % after the
  // second wave (253 pairs), floor kept at 0.53
  // 54.8 % after the twenty-first round's first wave (281 pairs); 54.3–55.3 % on the second
  // wave's branches: floor 0.54
  private static final double DECIDED_FLOOR = 0.54;
  // After the eleventh session's merges (2026-12-02 08:01 UTC, 132 pairs, falling load): 0 true
  // steps refuted, 102 of 132 located, 52.9 % decided; the located floor raised to 102

  private static DerivationCorpus corpus;

  @BeforeAll
  static void checkEveryFile() throws Exception {
    // the budget and warm-up of PublishedDerivationCorpusTest, so the two are comparable
    DocumentChecker checker = new DocumentChecker(Lab.engine(), Duration.ofSeconds(8));
    new DocumentChecker(Lab.engine(), Duration.ofSeconds(60)).checkText("warm-up",
        "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\n");
    corpus = DerivationCorpus.check(checker, DIR);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/derivation-corpus-transcribed-figures.txt"),
        corpus.figures(QUARANTINE.keySet()), StandardCharsets.UTF_8);
  }

  @Test
  void noTrueStepOfATranscribedDerivationIsRefutedOutsideTheQuarantine() {
    assertThat(corpus.correct()).hasSizeGreaterThanOrEqualTo(24);
    for (DerivationCorpus.Outcome o : corpus.correct()) {
      if (!QUARANTINE.containsKey(o.stem())) {
        assertThat(o.report().firstRefuted()).as(o.report().render()).isEmpty();
      }
    }
  }

  @Test
  void everyQuarantinedFileStillRefutesATrueStep() {
    for (DerivationCorpus.Outcome o : corpus.correct()) {
      if (QUARANTINE.containsKey(o.stem())) {
        assertThat(o.report().firstRefuted())
            .as("%s is no longer refuted: remove it from QUARANTINE", o.file()).isPresent();
      }
    }
    assertThat(corpus.correct().stream().map(DerivationCorpus.Outcome::stem).toList())
        .containsAll(QUARANTINE.keySet());
  }

  @Test
  void everyBrokenFileOutsideTheQuarantineNamesNoWrongStepBeforeThePlantedOne() {
    for (int k = 0; k < corpus.broken().size(); k++) {
      DerivationCorpus.Outcome o = corpus.broken().get(k);
      if (!QUARANTINE.containsKey(o.stem())) {
        assertThat(DerivationCorpus.firstRefutedLastLine(o, Integer.MAX_VALUE))
            .as(o.report().render()).isGreaterThanOrEqualTo(corpus.plantedLines().get(k));
      }
    }
  }

  @Test
  void plantedErrorsAreNamedAtTheirLineAtLeastAsOftenAsTheFloor() {
    assertThat(corpus.located()).as(corpus.figures(QUARANTINE.keySet()))
        .isGreaterThanOrEqualTo(LOCATED_FLOOR);
  }

  @Test
  void theShareOfClaimsDecidedDoesNotFall() {
    assertThat(corpus.decidedShare()).as(corpus.figures(QUARANTINE.keySet()))
        .isGreaterThanOrEqualTo(DECIDED_FLOOR);
  }
}
