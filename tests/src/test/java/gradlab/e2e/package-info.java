/**
 * End-to-end tests: the exercise scripts against reviewed golden outputs, the values they
 * compute, and the real {@code ./gradlab} launcher in a child process.
 */
package gradlab.e2e;
