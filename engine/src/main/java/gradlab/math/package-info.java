/**
 * The math language: our own immutable expression tree, the parser of the friendly syntax, the
 * one function catalogue, native differentiation (through definitions), numeric evaluation in
 * double and arbitrary precision, and the Unicode, LaTeX and input printers.
 *
 * <p>The meaning of the language lives here and is documented in {@code docs/language.md}.
 * Symja is not used: the {@code symbolic} adapter translates this tree to Symja and back for
 * the algebra Symja does well (simplify, solve, series, …).
 *
 * <p>Must not import: any other {@code gradlab} package, and no Symja type.
 */
package gradlab.math;
