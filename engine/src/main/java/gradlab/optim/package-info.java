/**
 * Optimisers: SGD with momentum and Adam. They are the only code that mutates parameters, in
 * {@code stepInPlace}, and they stop training with the step number when a gradient is not
 * finite. May import {@code gradlab.nn} and {@code gradlab.tensor}.
 */
package gradlab.optim;
