/**
 * Reading text files as UTF-8, with a one-line error that names the file and the first byte
 * that is not UTF-8 (where the JDK says only {@code MalformedInputException: Input length = 1}).
 *
 * <p>Must not import any other gradlab package.
 */
package gradlab.io;
