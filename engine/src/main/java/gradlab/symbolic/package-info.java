/**
 * The symbolic engine: an adapter over Symja and the named activation calculus.
 *
 * <p>Owns parsing of the friendly and Symja syntaxes, bounded evaluation, the activations
 * (σ, tanh, ReLU, leaky ReLU, softplus, ELU, GELU) with derivative rules kept in named form,
 * chain-rule gradients over named intermediates, maximisation, the identity prover, the
 * Unicode/LaTeX/input printers, and the rewrite rules of functions a text defines
 * ({@link gradlab.symbolic.FunctionRule}), so that no other package writes Symja syntax
 * (SymjaSyntaxConfinedTest looks for it).
 *
 * <p>Symja is confined here: no public signature mentions {@code IExpr} or any other Symja type,
 * and Symja's static configuration is set once, in {@link gradlab.symbolic.SymjaRuntime}.
 *
 * <p>Must not import: {@code gradlab.repl}, {@code gradlab.cli}, {@code gradlab.script},
 * {@code gradlab.plot}, {@code gradlab.lab}.
 */
package gradlab.symbolic;
