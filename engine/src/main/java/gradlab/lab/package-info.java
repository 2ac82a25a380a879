/**
 * The small public facade for scripts and the REPL: {@code import static gradlab.lab.Lab.*}.
 *
 * <p>Owns the default session (one {@link gradlab.symbolic.SymbolicEngine}, created on first
 * use) and thin conversions between strings, expressions, numbers and plots. Everything here
 * delegates to {@code gradlab.symbolic}, {@code gradlab.check} and {@code gradlab.plot}; facade tests compare its results
 * with those layers. Must not import {@code gradlab.repl}, {@code gradlab.cli} or
 * {@code gradlab.script}.
 */
package gradlab.lab;
