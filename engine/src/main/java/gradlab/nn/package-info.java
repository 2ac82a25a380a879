/**
 * Layers, seeded initialisers and losses built from the autodiff primitives.
 *
 * <p>Owns {@link gradlab.nn.Parameter} (the only mutable values, changed by optimisers through
 * {@code …InPlace} methods), the sealed {@link gradlab.nn.Layer} family and
 * {@link gradlab.nn.Sequential}. May import {@code gradlab.autodiff}, {@code gradlab.tensor} and {@code gradlab.math}
 * (the function catalogue names the activations).
 */
package gradlab.nn;
