/**
 * The gradient audit: every symbolic gradient (compiled) against reverse-mode autodiff on the
 * tensor backend and against central finite differences, at seeded random points, with a report
 * whose verdict follows from the measured errors and their tolerances.
 *
 * <p>May import {@code gradlab.symbolic}, {@code gradlab.math}, {@code gradlab.autodiff} and
 * {@code gradlab.tensor}; must not import {@code gradlab.check}, {@code gradlab.lab} or anything
 * of the command line.
 */
package gradlab.audit;
