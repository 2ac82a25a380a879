package gradlab.audit;

import java.util.Map;

/**
 * One parameter of a gradient audit, at the sampled point where the three values disagree most.
 *
 * @param parameter the parameter's name
 * @param symbolic the compiled symbolic derivative
 * @param autodiff reverse-mode autodiff on the tensor backend
 * @param finiteDifference the central difference of the loss
 * @param autodiffError |symbolic − autodiff| / max(1, |symbolic|)
 * @param finiteDifferenceError |symbolic − finite difference| / max(1, |symbolic|)
 * @param point the sampled point of these values
 * @param agrees both errors are within the audit's tolerances
 */
public record AuditRow(String parameter, double symbolic, double autodiff,
    double finiteDifference, double autodiffError, double finiteDifferenceError,
    Map<String, Double> point, boolean agrees) {}
