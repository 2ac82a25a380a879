/**
 * The small public facade for scripts and the REPL: {@code import static gradlab.lab.Lab.*}.
 *
 * <p>{@code Lab} is a static view of the session that runs the code
 * ({@link gradlab.lab.ScriptContext}: engine, output folder, {@link gradlab.lab.GradeBook},
 * progress, math values), installed by the front-end that owns the session; it offers thin
 * conversions between strings, expressions, numbers and plots. Everything here delegates to
 * {@code gradlab.symbolic}, {@code gradlab.check}, {@code gradlab.audit} and
 * {@code gradlab.plot}; facade tests compare its results with those layers. Must not import {@code gradlab.repl}, {@code gradlab.cli} or
 * {@code gradlab.script}.
 */
package gradlab.lab;
