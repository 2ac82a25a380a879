/**
 * The {@code gradlab} command line: {@code run}, {@code eval}, the REPL, {@code --version}.
 *
 * <p>Owns argument parsing (picocli), exit codes and the one-line error reports. May import
 * every other package; nothing imports it.
 */
package gradlab.cli;
