/**
 * Plots as PNG or SVG files, headless, on XChart: functions of one variable and data series,
 * with marked points.
 *
 * <p>Owns: {@link gradlab.plot.Figure} (an immutable description) and {@link gradlab.plot.Plots}
 * (rendering it to a file). Must not import {@code gradlab.symbolic} (callers pass plain
 * functions and numbers), nor anything of the REPL or command line.
 */
package gradlab.plot;
