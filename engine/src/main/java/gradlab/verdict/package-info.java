/**
 * Verdicts that scripts and benchmarks print: small pure functions that turn measured numbers
 * into the words a reader will trust (faster or slower, above or within the noise, agrees with
 * the digits written or not), so that each sentence follows from its numbers for either sign and
 * each branch can be tested with made-up figures on both sides of its threshold.
 *
 * <p>Owns only arithmetic and wording; imports no other {@code gradlab} package (it is a leaf, like
 * {@code tensor}). Must not import {@code gradlab.repl}, {@code gradlab.cli} or
 * {@code gradlab.script}.
 */
package gradlab.verdict;
